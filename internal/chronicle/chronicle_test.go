package chronicle

import (
	"context"
	"slices"
	"strings"
	"testing"

	"jinsong/game"
	"jinsong/internal/playback"
	"jinsong/internal/scenario"
)

func loadTest(t *testing.T, edit func(*scenario.Loaded)) *scenario.Loaded {
	t.Helper()
	l, err := scenario.LoadFile("testdata/march.toml")
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(l)
	}
	return l
}

func prepare(t *testing.T, tape *playback.Tape) *playback.Player {
	t.Helper()
	p, err := playback.Prepare(context.Background(), tape, nil)
	if err != nil || p.Err() != nil {
		t.Fatalf("prepare: %v %v", err, p.Err())
	}
	return p
}

// unitAtTurns is where the unit stands at the start of each turn's first side.
func unitAtTurns(p *playback.Player, unit string) []game.Hex {
	var out []game.Hex
	for _, m := range p.Marks() {
		if m.Side != "jin" {
			continue
		}
		p.Seek(m.At)
		out = append(out, p.State().Unit(unit).At)
	}
	return out
}

// A march too long for one turn goes on, turn after turn, each turn closer,
// until the unit is at its goal; the game then goes on to its end.
func TestMarchGoesOnUntilArrival(t *testing.T) {
	l := loadTest(t, nil)
	tape, problems := Compile(l)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	p := prepare(t, tape)
	goal := p.State().Place("city").At
	path := unitAtTurns(p, "foot")
	moved := 0
	for i := 1; i < len(path); i++ {
		before, after := game.Distance(path[i-1], goal), game.Distance(path[i], goal)
		if after > before {
			t.Fatalf("turn %d: the marching foot went from %d to %d hexes from its goal", i+1, before, after)
		}
		if after < before {
			moved++
		}
	}
	if moved < 2 {
		t.Fatalf("the march took %d turns of progress, want several (path %v)", moved, path)
	}
	if !p.Final().Over {
		t.Fatal("the chronicle stopped before the game ended")
	}
	// Once there, the foot stays (or takes the city, which is its hex).
	reached := slices.IndexFunc(path, func(h game.Hex) bool { return game.Distance(h, goal) <= 1 })
	if reached < 0 {
		t.Fatalf("the foot never came near the city: %v", path)
	}
}

// A strike at an enemy out of reach first brings the unit next to it,
// in the same turn, then strikes.
func TestStrikeApproachesFirst(t *testing.T) {
	tape, problems := Compile(loadTest(t, nil))
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	i := slices.IndexFunc(tape.Orders, func(o game.Order) bool { return o.Unit == "horse" })
	if i < 0 || i+1 >= len(tape.Orders) {
		t.Fatalf("no order for the horse: %v", tape.Orders)
	}
	move, attack := tape.Orders[i], tape.Orders[i+1]
	if move.Kind != game.Move || attack.Kind != game.Attack || attack.Unit != "horse" {
		t.Fatalf("want the horse to move then attack, got %s then %s", move, attack)
	}
	if game.Distance(move.To, attack.To) != 1 || attack.To != (game.Hex{Col: 7, Row: 0}) {
		t.Fatalf("the horse moved to %s and attacked %s: not next to the scouts at 7,0", move.To, attack.To)
	}
}

// Narration opens its turn; what an order says comes right after it.
func TestCardsArePlacedWhereTheyBelong(t *testing.T) {
	tape, _ := Compile(loadTest(t, nil))
	p := prepare(t, tape)
	marks := p.Marks()
	want := map[string]int{
		"The Jin set out.": 0,
		"Second turn.":     marks[slices.IndexFunc(marks, func(m playback.Mark) bool { return m.Turn == 2 })].At,
	}
	for text, at := range want {
		i := slices.IndexFunc(p.Cards(), func(c playback.Card) bool { return c.Text == text })
		if i < 0 || p.Cards()[i].At != at || p.Cards()[i].Kind != playback.CardNarration {
			t.Fatalf("card %q: want narration at %d, cards %+v", text, at, p.Cards())
		}
	}
	i := slices.IndexFunc(p.Cards(), func(c playback.Card) bool { return strings.HasPrefix(c.Text, "The horse rides") })
	if i < 0 {
		t.Fatal("the horse's card is missing")
	}
	c := p.Cards()[i]
	if last := p.Order(c.At - 1); last.Kind != game.Attack || last.Unit != "horse" {
		t.Fatalf("the horse's card follows %s, not its attack", last)
	}
}

// Orders the game cannot carry out are reported, each with its entry and
// turn; the rest of the chronicle still plays.
func TestProblemsAreReported(t *testing.T) {
	l := loadTest(t, func(l *scenario.Loaded) {
		h := &l.File.History
		h.Orders = append(h.Orders,
			scenario.HistoryOrder{Turn: 1, Unit: "late", Order: "fortify"}, // not on the map yet: its side's turn, waiting
			scenario.HistoryOrder{Turn: 1, Unit: "foot", Order: "assault", Place: "city"},
		)
	})
	tape, problems := Compile(l)
	var text []string
	for _, p := range problems {
		text = append(text, p.String())
	}
	all := strings.Join(text, "\n")
	for _, want := range []string{"#4 (turn 1): unit `late` is not on the map (waiting)", "#5 (turn 1):"} {
		if !strings.Contains(all, want) {
			t.Fatalf("problems lack %q:\n%s", want, all)
		}
	}
	if len(tape.Orders) == 0 || !prepare(t, tape).Final().Over {
		t.Fatal("the chronicle did not play on after its problems")
	}
}

// The same scenario always gives the same chronicle.
func TestDeterministic(t *testing.T) {
	a, _ := Compile(loadTest(t, nil))
	b, _ := Compile(loadTest(t, nil))
	if !slices.Equal(a.Orders, b.Orders) || !slices.Equal(a.Cards, b.Cards) {
		t.Fatal("two compilations of one scenario differ")
	}
}

// Every built-in scenario that records its history plays it without a
// refused order and ends as it did in history.
func TestBuiltinChronicles(t *testing.T) {
	n := 0
	for _, sum := range scenario.ListBuiltin() {
		l, err := scenario.Builtin(sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !Has(l) {
			t.Errorf("%s records no history: history mode and its teacher's note need [[history.orders]] and [[history.narration]]", sum.ID)
			continue
		}
		n++
		t.Run(sum.ID, func(t *testing.T) {
			tape, problems := Compile(l)
			for _, p := range problems {
				t.Errorf("%s", p)
			}
			p := prepare(t, tape)
			f := p.Final()
			if !f.Over || f.Winner != l.File.History.Winner {
				t.Errorf("the chronicle ends with winner %q (%s), history says %q", f.Winner, f.Reason, l.File.History.Winner)
			}
			if len(l.File.History.Narration) == 0 {
				t.Error("no narration cards")
			}
		})
	}
	t.Logf("%d built-in scenarios record their history", n)
}

// A unit given a new order takes it at once: a march still under way from
// an earlier turn does not go on first.
func TestNewOrderTakesOverFromAMarch(t *testing.T) {
	l := loadTest(t, func(l *scenario.Loaded) {
		h := &l.File.History
		h.Orders = append(h.Orders, scenario.HistoryOrder{Turn: 2, Unit: "foot", Order: "fortify"})
	})
	tape, problems := Compile(l)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	p := prepare(t, tape)
	path := unitAtTurns(p, "foot")
	if len(path) < 3 || path[2] != path[1] {
		t.Fatalf("the foot, told to fortify on turn 2, still marched: %v", path)
	}
}
