package scenario

import (
	"os"
	"testing"

	"jinsong/game"
)

// TestFull loads the scenario that uses every part of the format, checks
// what the map file, classes, actions and conditions became, then plays it
// to the end with every side passing, checking the invariants after each
// turn.
func TestFull(t *testing.T) {
	l, err := Load(os.DirFS("testdata/valid"), "full/scenario.toml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	scn := l.Scn
	if len(l.Sites) != 2 || len(l.Lines) != 1 || l.Lines[0].Name != "Yellow River" || len(l.Lines[0].Points) != 3 {
		t.Errorf("sites %v lines %v", l.Sites, l.Lines)
	}
	if l.View != [4]int{1, 0, 9, 6} {
		t.Errorf("view %v", l.View)
	}
	if c := scn.Rules.Classes["marines"]; c == nil || c.ID != "marines" || c.Moves != 3 || c.Toughness != 1 || c.Domain != "land" {
		t.Errorf("added class: %+v", c)
	}
	if c := scn.Rules.Classes["militia"]; c.Name != "Town militia" || c.Moves != 2 {
		t.Errorf("replaced class: %+v", c)
	}
	if len(scn.Actions) != 1 || scn.Actions[0].Cost != 2 || scn.Actions[0].Leader != "zongze" {
		t.Errorf("actions %+v", scn.Actions)
	}
	if tr := scn.Events[1].Trigger; tr.ActionTaken != "cut_dikes" {
		t.Errorf("trigger %+v", tr)
	}
	if h := scn.Events[1].Effects[0].Hexes; len(h) != 2 || h[1] != (game.Hex{Col: 5, Row: 5}) {
		t.Errorf("terrain effect hexes %v", h)
	}
	conds := scn.Victory.Conditions
	// 1127-02-01 is 31 days after the start: turn 6 starts on day 35.
	if conds[0].ByTurn != 6 {
		t.Errorf("by_date gave ByTurn %d, want 6", conds[0].ByTurn)
	}
	if z := conds[4].Zone; len(z) != 9 || z[0] != (game.Hex{Col: 6, Row: 4}) {
		t.Errorf("zone + zone_rects: %v", z)
	}
	if scn.MaxTurns != 8 {
		t.Errorf("MaxTurns %d", scn.MaxTurns)
	}

	s := l.NewGame(3)
	if p := s.Place("kaifeng"); p.Name != "Kaifeng" || p.At != (game.Hex{Col: 6, Row: 4}) || p.Walls != 4 {
		t.Errorf("a place from a site: %+v", p)
	}
	if tr := s.TerrainAt(game.Hex{Col: 6, Row: 4}); tr.ID != "city" {
		t.Errorf("walled place on %s", tr.ID)
	}
	if tr := s.TerrainAt(game.Hex{Col: 0, Row: 6}); tr.ID != "marsh" {
		t.Errorf("override gave %s", tr.ID)
	}
	m := s.Unit("s_marines")
	if m.Carrier != "s_boats" || m.At != s.Unit("s_boats").At {
		t.Errorf("marines should be on board: %+v", m)
	}
	if s.Ledger["song"].Start != 5000+3000+12+600 || s.Ledger["rebels"].Start != 800 {
		t.Errorf("ledger %+v %+v", s.Ledger["song"], s.Ledger["rebels"])
	}
	for !s.Over {
		var err error
		s, _, err = game.Apply(s, game.Order{Kind: game.EndTurn})
		if err != nil {
			t.Fatalf("end turn: %v", err)
		}
		if errs := game.CheckInvariants(s); len(errs) > 0 {
			t.Fatalf("turn %d: %v", s.Turn, errs)
		}
	}
	if s.Unit("s_relief").Status != game.Active {
		t.Errorf("the relief army should have arrived on turn 3: %s", s.Unit("s_relief").Status)
	}
	if s.Winner != "song" {
		t.Errorf("with nobody moving Song holds Kaifeng and the village... winner %q (%s)", s.Winner, s.Reason)
	}
}
