package client

import (
	"strings"
	"testing"

	"jinsong/game"
	"jinsong/internal/render"
	"jinsong/internal/ui"
)

// These tests need no display: they check what the panels and dialogs say.

func paraText(ps []ui.Para) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.Text)
		if p.Right != "" {
			b.WriteString(" | " + p.Right)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func TestNumbersInWords(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {12500, "12,500"}, {-1234, "-1,234"}, {1234567, "1,234,567"}} {
		if got := thousands(c.n); got != c.want {
			t.Errorf("thousands(%d) = %q, want %q", c.n, got, c.want)
		}
	}
	for _, c := range []struct {
		odds float64
		want string
	}{{2.4, "2.4 : 1"}, {1, "1.0 : 1"}, {0.625, "1 : 1.6"}, {0, "–"}} {
		if got := oddsText(c.odds); got != c.want {
			t.Errorf("oddsText(%v) = %q, want %q", c.odds, got, c.want)
		}
	}
}

// adjacentState moves the Jin cavalry next to the Song infantry.
func adjacentState(t *testing.T) *game.State {
	s := testScenario(t).NewGame(3)
	if _, err := s.Apply(game.Order{Kind: game.Move, Unit: "jc", To: game.Hex{Col: 6, Row: 6}}); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestChoicesComeFromTheEngine(t *testing.T) {
	s := testScenario(t).NewGame(3)
	u := s.Unit("jc")
	ch := choicesFor(s, u)
	want := game.Destinations(s, u)
	if len(ch.moves) != len(want) {
		t.Fatalf("%d moves, the engine lists %d", len(ch.moves), len(want))
	}
	for _, h := range want {
		if !ch.canMove[h] {
			t.Errorf("destination %v missing", h)
		}
	}
	if len(choicesFor(s, s.Unit("si")).byKind) != 0 {
		t.Error("the side not to move has no choices")
	}
	s = adjacentState(t)
	ch = choicesFor(s, s.Unit("jc"))
	enemy, city := game.Hex{Col: 7, Row: 6}, game.Hex{Col: 6, Row: 5}
	kinds := map[game.Hex]render.TargetKind{}
	for _, tg := range ch.targets(nil) {
		kinds[tg.Hex] = tg.Kind
	}
	if kinds[enemy] != render.TargetAttack {
		t.Errorf("the infantry next door should be an attack target: %v", kinds)
	}
	if k, ok := kinds[city]; !ok || k != render.TargetBlockade {
		t.Errorf("the walled city (no engines nearby) should be a blockade target, got %v (%v)", k, ok)
	}
	if os := ch.combatAt(enemy); len(os) != 1 || os[0].Kind != game.Attack {
		t.Errorf("combat at the infantry: %v", os)
	}
	if why := whyNot(s, s.Unit("jh"), game.Hex{Col: 13, Row: 0}); why == "" {
		t.Error("a hex out of reach should come with a reason")
	}
}

func TestPreviewListsEveryFactor(t *testing.T) {
	s := adjacentState(t)
	o := game.Order{Kind: game.Attack, Unit: "jc", To: game.Hex{Col: 7, Row: 6}}
	text := paraText(previewRows(s, o))
	p, err := game.Predict(s, o)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Odds", oddsText(p.Odds), "Chance the defender gives way", "Expected losses: Jin iron cavalry", "Expected losses: Song infantry", "Attack power", "Defence power"} {
		if !strings.Contains(text, w) {
			t.Errorf("preview lacks %q:\n%s", w, text)
		}
	}
	for _, f := range p.Factors {
		if !strings.Contains(text, f.Name) {
			t.Errorf("factor %q missing:\n%s", f.Name, text)
		}
	}
	b := paraText(previewRows(s, game.Order{Kind: game.Blockade, Unit: "jc", To: game.Hex{Col: 6, Row: 5}}))
	r := s.Rules()
	for _, w := range []string{"Test City", "40 days", "surrenders once its morale falls below", thousands(int(r.Siege.SurrenderMorale))} {
		if !strings.Contains(b, w) {
			t.Errorf("blockade text lacks %q:\n%s", w, b)
		}
	}
	if bad := paraText(previewRows(s, game.Order{Kind: game.Attack, Unit: "jc", To: game.Hex{Col: 0, Row: 0}})); !strings.Contains(bad, "no enemy") && !strings.Contains(bad, "not next") {
		t.Errorf("an illegal preview should say why: %q", bad)
	}
}

func TestPanelsDescribeUnitsPlacesAndHexes(t *testing.T) {
	s := testScenario(t).NewGame(1)
	u := paraText(unitParas(s, s.Unit("jc")))
	for _, w := range []string{"Jin iron cavalry", "Iron-armoured cavalry", "5,000 soldiers", "Morale", "8 of 8", "Leader: Wanyan Zongwang", "Command"} {
		if !strings.Contains(u, w) {
			t.Errorf("unit panel lacks %q:\n%s", w, u)
		}
	}
	ship := paraText(unitParas(s, s.Unit("jt")))
	if !strings.Contains(ship, "20 ships") {
		t.Errorf("a ship's strength is in ships:\n%s", ship)
	}
	pl := paraText(placeParas(s, s.Place("city")))
	for _, w := range []string{"Test City", "walls level 2", "held by Song", "40 days", "Supply source", "3 victory points"} {
		if !strings.Contains(pl, w) {
			t.Errorf("city panel lacks %q:\n%s", w, pl)
		}
	}
	river := strings.Join(hexTip(s, game.Hex{Col: 2, Row: 3}, nil, ""), "\n")
	if !strings.Contains(river, "Great river") || !strings.Contains(river, "Navigable") {
		t.Errorf("river tooltip:\n%s", river)
	}
	hills := strings.Join(hexTip(s, game.Hex{Col: 4, Row: 1}, s.Unit("jc"), "jin"), "\n")
	for _, w := range []string{"Hills", "Move cost for Iron-armoured cavalry: 2", "Defence ×1.3", "Within Jin's supply lines"} {
		if !strings.Contains(hills, w) {
			t.Errorf("hills tooltip lacks %q:\n%s", w, hills)
		}
	}
	log := logParas(s, 0)
	if len(log) != len(s.Log) || log[0].Style != ui.Bold || !strings.HasPrefix(log[0].Text, "Turn 1") {
		t.Errorf("log: %d paragraphs for %d events; first %+v", len(log), len(s.Log), log[0])
	}
}

func TestResultComparesWithHistory(t *testing.T) {
	s := testScenario(t).NewGame(1)
	for _, id := range []string{"si", "sc"} {
		s.Unit(id).Status = game.Destroyed
	}
	if _, err := s.Apply(game.Order{Kind: game.Rest, Unit: "jh"}); err != nil {
		t.Fatal(err)
	}
	if !s.Over || s.Winner != "jin" {
		t.Fatalf("the game should be over with a Jin win: over %v winner %q", s.Over, s.Winner)
	}
	text := paraText(resultParas(s, testScenario(t)))
	for _, w := range []string{"Jin wins", "The Song army is destroyed.", "Jin lost", "In history", "Song won", "The Song held.", "differently"} {
		if !strings.Contains(text, w) {
			t.Errorf("result lacks %q:\n%s", w, text)
		}
	}
}
