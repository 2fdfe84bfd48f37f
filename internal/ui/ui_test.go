package ui

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2"
)

func TestRectCuts(t *testing.T) {
	r := R(0, 0, 100, 50)
	top := r.CutTop(10)
	left := r.CutLeft(30)
	right := r.CutRight(20)
	bottom := r.CutBottom(5)
	for _, c := range []struct {
		name      string
		got, want Rect
	}{
		{"top", top, R(0, 0, 100, 10)},
		{"left", left, R(0, 10, 30, 40)},
		{"right", right, R(80, 10, 20, 40)},
		{"bottom", bottom, R(30, 45, 50, 5)},
		{"rest", r, R(30, 10, 50, 35)},
	} {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	if over := r.CutTop(1000); over.H != 35 || r.H != 0 {
		t.Errorf("cutting more than there is: got %v, rest %v", over, r)
	}
	cols := R(0, 0, 100, 10).SplitH(3, 5)
	if len(cols) != 3 || cols[2].Right() != 100 || cols[1].X != cols[0].Right()+5 {
		t.Errorf("SplitH = %v", cols)
	}
	if !R(10, 10, 5, 5).Contains(10, 14.9) || R(10, 10, 5, 5).Contains(15, 12) {
		t.Error("Contains: edges wrong")
	}
}

func TestParseHexAndContrast(t *testing.T) {
	for _, c := range []struct {
		in   string
		ok   bool
		want [3]uint8
	}{
		{"#c9d48f", true, [3]uint8{0xc9, 0xd4, 0x8f}},
		{"3F6F9F", true, [3]uint8{0x3f, 0x6f, 0x9f}},
		{"#12345", false, [3]uint8{}},
		{"#gg0000", false, [3]uint8{}},
	} {
		got, ok := ParseHex(c.in)
		if ok != c.ok || (ok && [3]uint8{got.R, got.G, got.B} != c.want) {
			t.Errorf("ParseHex(%q) = %v, %v", c.in, got, ok)
		}
	}
	white, _ := ParseHex("#ffffff")
	navy, _ := ParseHex("#101040")
	if Contrast(white).R != 0x10 || Contrast(navy).R != 0xff {
		t.Error("Contrast picks the wrong ink")
	}
}

func TestWrapKeepsWithinWidth(t *testing.T) {
	th := NewTheme(1)
	face := th.Body()
	s := "In the winter of 1126 the Jin armies crossed the Yellow River and laid siege to Kaifeng, the Song capital.\n\nThe emperor abdicated."
	lines := Wrap(s, face, 200)
	if len(lines) < 4 {
		t.Fatalf("expected several lines, got %q", lines)
	}
	for _, l := range lines {
		if TextWidth(l, face) > 200 && strings.Contains(l, " ") { // only a single long word may overflow
			t.Errorf("line %q is %.0f px wide", l, TextWidth(l, face))
		}
	}
	if strings.Join(strings.Fields(strings.Join(lines, " ")), " ") != strings.Join(strings.Fields(s), " ") {
		t.Error("wrapping lost or changed words")
	}
	blank := 0
	for _, l := range lines {
		if l == "" {
			blank++
		}
	}
	if blank != 1 {
		t.Errorf("the blank line between paragraphs should survive once, got %d", blank)
	}
	// A larger scale needs more lines for the same width.
	big := Wrap(s, NewTheme(2).Body(), 200)
	if len(big) <= len(lines) {
		t.Errorf("scale 2 gives %d lines, scale 1 gives %d", len(big), len(lines))
	}
	if e := Ellipsize("Kaifeng, the Southern Capital", face, 80); TextWidth(e, face) > 80 || !strings.HasSuffix(e, "…") {
		t.Errorf("Ellipsize = %q", e)
	}
}

func frame(x, y float64) *Input { return &Input{X: x, Y: y, Hovered: true} }

func TestButtonClickAndShortcut(t *testing.T) {
	th := NewTheme(1)
	b := &Button{ID: "end", Label: "End turn", Keys: []ebiten.Key{ebiten.KeyEnter}, Bounds: R(10, 10, 100, 30)}
	press := frame(20, 20)
	press.Pressed[MouseLeft], press.Down[MouseLeft] = true, true
	if b.Update(&Context{In: press, Theme: th}) {
		t.Fatal("a press alone should not click")
	}
	if !press.ClickUsed() {
		t.Fatal("the button should consume the press")
	}
	rel := frame(20, 20)
	rel.Released[MouseLeft] = true
	if !b.Update(&Context{In: rel, Theme: th}) {
		t.Fatal("press and release inside should click")
	}
	// Released outside: no click.
	b.Update(&Context{In: press, Theme: th})
	out := frame(500, 20)
	out.Released[MouseLeft] = true
	if b.Update(&Context{In: out, Theme: th}) {
		t.Fatal("releasing outside should not click")
	}
	key := frame(500, 500)
	key.Keys = []ebiten.Key{ebiten.KeyEnter}
	if !b.Update(&Context{In: key, Theme: th}) {
		t.Fatal("the shortcut should click")
	}
	if key.Key(ebiten.KeyEnter) {
		t.Fatal("the shortcut should be consumed")
	}
	b.Disabled = true
	key2 := frame(500, 500)
	key2.Keys = []ebiten.Key{ebiten.KeyEnter}
	if b.Update(&Context{In: key2, Theme: th}) {
		t.Fatal("a disabled button should not react")
	}
	tip := &Context{In: frame(20, 20), Theme: th}
	b.Tip = "End your turn"
	b.Update(tip)
	if tip.Tip != "End your turn" {
		t.Fatalf("hover should ask for the tooltip, got %q", tip.Tip)
	}
}

func TestLayoutRowAndGrid(t *testing.T) {
	th := NewTheme(1)
	bs := []*Button{{Label: "Fortify", KeyLabel: "F"}, {Label: "Rest", KeyLabel: "R"}, {Label: "A very long label indeed that will not fit"}}
	used := LayoutRow(bs, R(0, 0, 200, 30), 6, th)
	if bs[0].Bounds.W == 0 || bs[1].Bounds.X <= bs[0].Bounds.Right() || bs[2].Bounds != (Rect{}) || used > 200 {
		t.Errorf("LayoutRow: %v %v %v used %.0f", bs[0].Bounds, bs[1].Bounds, bs[2].Bounds, used)
	}
	h := LayoutGrid(bs, R(0, 0, 300, 500), 2, 30, 4)
	if h != 64 || bs[2].Bounds.Y != 34 || bs[1].Bounds.X <= bs[0].Bounds.X {
		t.Errorf("LayoutGrid height %.0f, bounds %v %v %v", h, bs[0].Bounds, bs[1].Bounds, bs[2].Bounds)
	}
}

func TestListSelectsScrollsAndActivates(t *testing.T) {
	th := NewTheme(1)
	l := &List{Bounds: R(0, 0, 300, 100)}
	for i := 0; i < 20; i++ {
		l.Items = append(l.Items, ListItem{Text: "Scenario", Detail: "1126"})
	}
	rh := l.RowHeight(th)
	click := frame(50, rh*1.5)
	click.Released[MouseLeft] = true
	if changed, _ := l.Update(&Context{In: click, Theme: th}); !changed || l.Selected != 1 {
		t.Fatalf("clicking row 1: selected %d", l.Selected)
	}
	again := frame(50, rh*1.5)
	again.Released[MouseLeft] = true
	if _, act := l.Update(&Context{In: again, Theme: th}); !act {
		t.Fatal("clicking the selected row again should activate it")
	}
	for i := 0; i < 10; i++ {
		down := frame(500, 500)
		down.Keys = []ebiten.Key{ebiten.KeyDown}
		l.Update(&Context{In: down, Theme: th})
	}
	if l.Selected != 11 {
		t.Fatalf("after 10 Down keys selected = %d", l.Selected)
	}
	if top := float64(l.Selected) * rh; top < l.Scroll || top+rh > l.Scroll+l.Bounds.H+0.01 {
		t.Fatalf("selected row not scrolled into view: scroll %.0f", l.Scroll)
	}
	wheel := frame(50, 50)
	wheel.WheelY = 100
	l.Update(&Context{In: wheel, Theme: th})
	if l.Scroll != 0 {
		t.Fatalf("wheel up beyond the top should clamp to 0, got %.0f", l.Scroll)
	}
}

func TestTextViewFollowsEnd(t *testing.T) {
	th := NewTheme(1)
	v := &TextView{Bounds: R(0, 0, 200, 60), FollowEnd: true}
	for i := 0; i < 30; i++ {
		v.Paras = append(v.Paras, Para{Text: "Turn 1: the Jin cross the river."})
		v.Update(&Context{In: frame(500, 500), Theme: th})
	}
	h := v.ContentHeight(th)
	if h <= 60 || v.Scroll != h-60 {
		t.Fatalf("log should stay at its end: scroll %.0f of %.0f", v.Scroll, h)
	}
	up := frame(10, 10)
	up.WheelY = 3
	v.Update(&Context{In: up, Theme: th})
	v.Paras = append(v.Paras, Para{Text: "Another line."})
	v.Update(&Context{In: frame(500, 500), Theme: th})
	if v.Scroll >= v.ContentHeight(th)-60 {
		t.Fatal("after scrolling up the reader should stay where they are")
	}
}

func TestDialogIsModal(t *testing.T) {
	th := NewTheme(1)
	d := &Dialog{Title: "Attack?", Rows: []Para{{Text: "Odds", Right: "2.0 : 1"}},
		Buttons: []*Button{{ID: "cancel", Label: "Cancel"}, {ID: "attack", Label: "Attack", Primary: true}}}
	d.Layout(R(0, 0, 1280, 720), th)
	if d.Bounds.W == 0 || d.Buttons[1].Bounds.X <= d.Buttons[0].Bounds.X {
		t.Fatalf("layout: %v %v %v", d.Bounds, d.Buttons[0].Bounds, d.Buttons[1].Bounds)
	}
	enter := frame(5, 5)
	enter.Keys = []ebiten.Key{ebiten.KeyEnter, ebiten.KeyF}
	enter.Released[MouseLeft] = true
	if got := d.Update(&Context{In: enter, Theme: th}); got != "attack" {
		t.Fatalf("Enter chose %q", got)
	}
	if enter.Key(ebiten.KeyF) || !enter.ClickUsed() {
		t.Fatal("a dialog must swallow keys and clicks")
	}
	esc := frame(5, 5)
	esc.Keys = []ebiten.Key{ebiten.KeyEscape}
	if got := d.Update(&Context{In: esc, Theme: th}); got != "cancel" {
		t.Fatalf("Escape chose %q", got)
	}
}

func TestScriptReplaysFrames(t *testing.T) {
	var s Script
	s.Click(10, 20).Press(ebiten.KeyEnter).Wait(2)
	var got []Input
	for !s.Done() {
		got = append(got, s.Poll())
	}
	if len(got) != 6 || !got[1].Pressed[MouseLeft] || !got[2].Released[MouseLeft] || got[3].Keys[0] != ebiten.KeyEnter {
		t.Fatalf("frames: %+v", got)
	}
	if idle := s.Poll(); idle.X != 10 || idle.Pressed[MouseLeft] {
		t.Fatalf("after the script: %+v", idle)
	}
}

func TestTextViewNoticesChangedText(t *testing.T) {
	th := NewTheme(1)
	v := &TextView{Bounds: R(0, 0, 300, 200)}
	v.Paras = []Para{{Text: "Jurchen horse archers"}, {Text: "Strength", Right: "4,000"}, {Text: "Supply"}}
	v.Update(&Context{In: frame(500, 500), Theme: th})
	v.Paras = []Para{{Text: "Jurchen horse archers"}, {Text: "Strength", Right: "2,500"}, {Text: "Supply"}}
	v.Update(&Context{In: frame(500, 500), Theme: th})
	if len(v.lines) < 2 || v.lines[1].right != "2,500" {
		t.Fatalf("the view kept the old layout: %+v", v.lines)
	}
}

func TestDialogTabsFollowArrowKeys(t *testing.T) {
	th := NewTheme(1)
	d := &Dialog{Title: "Preview", Tabs: &Choice{Options: []string{"Attack", "Bombard", "Blockade"}},
		Buttons: []*Button{{ID: "cancel", Label: "Cancel"}}}
	d.Layout(R(0, 0, 1280, 720), th)
	for _, c := range []struct {
		key  ebiten.Key
		want int
	}{{ebiten.KeyArrowRight, 1}, {ebiten.KeyTab, 2}, {ebiten.KeyArrowRight, 0}, {ebiten.KeyArrowLeft, 2}} {
		in := frame(5, 5)
		in.Keys = []ebiten.Key{c.key}
		if got := d.Update(&Context{In: in, Theme: th}); got != "tab" || d.Tabs.Selected != c.want {
			t.Fatalf("after %v: %q, tab %d, want %d", c.key, got, d.Tabs.Selected, c.want)
		}
	}
}
