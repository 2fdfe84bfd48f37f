package game

import (
	"strings"
	"testing"
)

func logHas(s *State, kind EventKind, text string) bool {
	for _, ev := range s.Log {
		if ev.Kind == kind && strings.Contains(ev.Text, text) {
			return true
		}
	}
	return false
}

func TestTurnsAlternateAndTheCalendarAdvances(t *testing.T) {
	w := newWorld(t, "....", "....")
	w.unit("a", "jin", "infantry", 1000, 0, 0)
	w.unit("b", "song", "infantry", 1000, 3, 1)
	s := w.start()
	if s.ActiveSide() != "jin" || s.Turn != 1 || s.DateString() != "1 Jan 1126" {
		t.Fatalf("start: %s turn %d %s", s.ActiveSide(), s.Turn, s.DateString())
	}
	must(t, s, Order{Kind: Move, Unit: "a", To: Hex{1, 0}})
	endTurns(t, s, 1)
	if s.ActiveSide() != "song" || s.Turn != 1 {
		t.Fatalf("after jin ends: %s turn %d", s.ActiveSide(), s.Turn)
	}
	endTurns(t, s, 1)
	if s.ActiveSide() != "jin" || s.Turn != 2 || s.DateString() != "4 Jan 1126" {
		t.Fatalf("after a full turn: %s turn %d %s", s.ActiveSide(), s.Turn, s.DateString())
	}
	if s.Unit("a").MovesLeft != 4 {
		t.Errorf("movement not restored at the start of the turn")
	}
}

func TestTimeRunsOutToTheDefaultWinner(t *testing.T) {
	w := newWorld(t, "....", "....")
	w.unit("a", "jin", "infantry", 1000, 0, 0)
	w.unit("b", "song", "infantry", 1000, 3, 1)
	w.s.Scn.MaxTurns = 3
	w.s.Scn.Victory.Default = "song"
	s := w.start()
	endTurns(t, s, 6)
	if !s.Over || s.Winner != "song" {
		t.Fatalf("after the last turn: over=%v winner=%q", s.Over, s.Winner)
	}
	if _, err := s.Apply(Order{Kind: EndTurn}); err != ErrGameOver {
		t.Errorf("order after the end: %v", err)
	}
}

func scripted(t *testing.T, evs ...EventDef) *State {
	w := newWorld(t, "......", "......", "......")
	w.place("capital", "song", 3, 100, 4, 1)
	w.unit("army", "jin", "infantry", 5000, 1, 1)
	w.unit("guard", "song", "infantry", 3000, 4, 1)
	w.unit("general", "song", "heavy_cavalry", 1000, 5, 2)
	relief := w.unit("relief", "song", "crossbow", 2000, 5, 0)
	relief.Status = Waiting
	w.s.Ledger["song"].Start -= 2000 // a waiting reinforcement is not yet counted
	w.s.Scn.Events = evs
	return w.start()
}

func TestEventsFireOnDateTurnAndSide(t *testing.T) {
	s := scripted(t,
		EventDef{ID: "flight", Trigger: Trigger{Date: "1126-01-04", Side: "song"}, Effects: []Effect{{Kind: "message", Text: "The emperor flees south."}}},
		EventDef{ID: "t3", Trigger: Trigger{Turn: 3}, Effects: []Effect{{Kind: "message", Text: "Turn three."}}},
	)
	endTurns(t, s, 2) // jin turn 2, 4 Jan: date met but not song's turn
	if logHas(s, EvMessage, "flees") {
		t.Fatal("side-restricted event fired in the wrong side's turn")
	}
	endTurns(t, s, 1)
	if !logHas(s, EvMessage, "The emperor flees south.") {
		t.Fatal("dated event did not fire")
	}
	n := 0
	for _, ev := range s.Log {
		if ev.Kind == EvMessage && ev.Text == "The emperor flees south." {
			n++
		}
	}
	endTurns(t, s, 4)
	if !logHas(s, EvMessage, "Turn three.") {
		t.Error("turn event did not fire")
	}
	m := 0
	for _, ev := range s.Log {
		if ev.Kind == EvMessage && ev.Text == "The emperor flees south." {
			m++
		}
	}
	if n != 1 || m != 1 {
		t.Errorf("a one-time event fired %d then %d times", n, m)
	}
}

func TestReinforcementsArriveAndCount(t *testing.T) {
	s := scripted(t, EventDef{ID: "r", Trigger: Trigger{Turn: 2}, Effects: []Effect{{Kind: "reinforce", Units: []string{"relief"}}}})
	if s.Unit("relief").Alive() {
		t.Fatal("reinforcement on the map before its turn")
	}
	endTurns(t, s, 2)
	r := s.Unit("relief")
	if !r.Alive() || r.At != (Hex{5, 0}) {
		t.Fatalf("reinforcement %s at %v", r.Status, r.At)
	}
	if s.Ledger["song"].Reinforced != 2000 {
		t.Errorf("ledger reinforced %d", s.Ledger["song"].Reinforced)
	}
}

func TestFoodIsBroughtIntoAPlaceEachTimeItsEventFires(t *testing.T) {
	s := scripted(t, EventDef{ID: "grain", Repeat: true, Trigger: Trigger{Turn: 2, Side: "song"},
		Effects: []Effect{{Kind: "food", Place: "capital", Food: 30, Text: "Grain comes down the canal."}}})
	before := s.Place("capital").Food
	endTurns(t, s, 3) // song's turn 2: the first convoy
	if got := s.Place("capital").Food; got != before+30 {
		t.Fatalf("food %d after the first convoy, want %d", got, before+30)
	}
	if !logHas(s, EvResupply, "Grain comes down the canal.") {
		t.Error("the convoy is not in the log")
	}
	endTurns(t, s, 2) // song's turn 3: a repeating event brings food again
	if got := s.Place("capital").Food; got != before+60 {
		t.Errorf("food %d after the second convoy, want %d", got, before+60)
	}
}

func TestRecallWithdrawsAGeneral(t *testing.T) {
	s := scripted(t, EventDef{ID: "recall", Trigger: Trigger{Turn: 2, Side: "song"},
		Effects: []Effect{{Kind: "withdraw", Units: []string{"general"}, Text: "The emperor recalls his general."}}})
	endTurns(t, s, 3)
	if g := s.Unit("general"); g.Status != Withdrawn {
		t.Fatalf("recalled general is %s", g.Status)
	}
	if err := Legal(s, Order{Kind: Move, Unit: "general", To: Hex{5, 1}}); err == nil {
		t.Error("a withdrawn unit can still be ordered")
	}
}

func TestDefectionChangesSidesAndKeepsTheLedger(t *testing.T) {
	s := scripted(t, EventDef{ID: "wuxi", Trigger: Trigger{Turn: 2}, Effects: []Effect{{Kind: "defect", Units: []string{"general"}, Side: "jin"}}})
	endTurns(t, s, 2)
	if g := s.Unit("general"); g.Side != "jin" {
		t.Fatalf("general still with %s", g.Side)
	}
	if s.Ledger["song"].Defected != 1000 || s.Ledger["jin"].Joined != 1000 {
		t.Errorf("ledger: song defected %d, jin joined %d", s.Ledger["song"].Defected, s.Ledger["jin"].Joined)
	}
	if errs := CheckInvariants(s); len(errs) > 0 {
		t.Error(errs)
	}
}

func TestCityTakenTriggersControlAndTreatyEnds(t *testing.T) {
	s := scripted(t,
		EventDef{ID: "fall", Trigger: Trigger{PlaceTaken: "capital", TakenBy: "jin"},
			Effects: []Effect{{Kind: "end", Side: "jin", Text: "The court capitulates."}}},
	)
	p := s.Place("capital")
	s.Unit("guard").Status = Withdrawn // empty the city
	must(t, s, Order{Kind: Move, Unit: "army", To: Hex{3, 1}})
	endTurns(t, s, 2)
	must(t, s, Order{Kind: Move, Unit: "army", To: p.At})
	if !s.Over || s.Winner != "jin" || !strings.Contains(s.Reason, "capitulates") {
		t.Fatalf("over=%v winner=%q reason=%q", s.Over, s.Winner, s.Reason)
	}
}

func TestLossesTriggerAndChance(t *testing.T) {
	s := scripted(t, EventDef{ID: "peace", Trigger: Trigger{LossesSide: "song", LossesAtLeast: 1}, Effects: []Effect{{Kind: "control", Place: "capital", Side: "jin"}}})
	if s.Place("capital").Owner != "song" {
		t.Fatal("fired with no losses")
	}
	s.lose(s.Unit("guard"), 10)
	s.fireEvents(false)
	if s.Place("capital").Owner != "jin" {
		t.Fatal("losses trigger did not fire")
	}
	// A chance of 0.5 fires in some seeds and not others.
	fired := 0
	for seed := int64(0); seed < 40; seed++ {
		w := newWorld(t, "...", "...")
		w.unit("a", "jin", "infantry", 10, 0, 0)
		w.unit("b", "song", "infantry", 10, 2, 1)
		w.s.Scn.Events = []EventDef{{ID: "c", Trigger: Trigger{Turn: 1, Chance: 0.5}, Effects: []Effect{{Kind: "message", Text: "luck"}}}}
		w.s.RNG = NewRNG(seed)
		w.s.Fired = make([]bool, 1)
		w.s.Index()
		w.s.Start()
		if logHas(w.s, EvMessage, "luck") {
			fired++
		}
	}
	if fired < 8 || fired > 32 {
		t.Errorf("a 50%% event fired in %d of 40 seeds", fired)
	}
}

func TestTerrainEffectChangesTheMap(t *testing.T) {
	s := scripted(t, EventDef{ID: "flood", Trigger: Trigger{Turn: 2}, Effects: []Effect{{Kind: "terrain", Terrain: "marsh", Hexes: []Hex{{2, 1}, {3, 1}}, Text: "The dikes are cut."}}})
	army := s.Unit("army")
	before := Reachable(s, army)[Hex{3, 1}].Cost
	endTurns(t, s, 2)
	if s.TerrainAt(Hex{2, 1}).ID != "marsh" {
		t.Fatal("terrain not changed")
	}
	if after := Reachable(s, army)[Hex{3, 1}].Cost; after <= before {
		t.Errorf("flooding did not slow movement: cost %d before, %d after", before, after)
	}
}

func TestFloodDrivesOutAndCostsTheUnitsInIt(t *testing.T) {
	s := scripted(t, EventDef{ID: "flood", Trigger: Trigger{Turn: 2},
		Effects: []Effect{{Kind: "terrain", Terrain: "river", Hexes: []Hex{{1, 1}}, Loss: 10, Text: "The dikes are cut."}}})
	army := s.Unit("army")
	endTurns(t, s, 2)
	if army.At == (Hex{1, 1}) || !army.Alive() {
		t.Fatalf("army left standing in a river at %v (%s)", army.At, army.Status)
	}
	var flood *Event
	for i := range s.Log {
		if s.Log[i].Kind == EvAttrition && s.Log[i].Unit == "army" {
			flood = &s.Log[i]
		}
	}
	if flood == nil {
		t.Fatal("no flood losses logged")
	}
	if before := army.Strength + flood.Loss; flood.Loss != (before+9)/10 {
		t.Errorf("flood cost %d of %d, want a tenth", flood.Loss, before)
	}
	if errs := CheckInvariants(s); len(errs) > 0 {
		t.Error(errs)
	}
}

func TestReinforcementWithNoRoomArrivesLater(t *testing.T) {
	s := scripted(t, EventDef{ID: "r", Trigger: Trigger{Turn: 2}, Effects: []Effect{{Kind: "reinforce", Units: []string{"relief"}}}})
	// Fill every hex within three steps of the arrival hex: Jin troops, or
	// Song units already at the stacking limit (one, for this test).
	s.Rules().Combat.StackLimit = 1
	relief := s.Unit("relief")
	blockers := 0
	for _, h := range []Hex{{5, 0}, {4, 0}, {3, 0}, {2, 0}, {1, 0}, {0, 0}, {5, 1}, {3, 1}, {2, 1}, {0, 1}, {5, 2}, {4, 2}, {3, 2}, {2, 2}, {1, 2}, {0, 2}} {
		if s.HasEnemy("jin", h) {
			continue
		}
		blockers++
		id := "block" + h.String()
		s.Units = append(s.Units, &Unit{ID: id, Name: id, Side: "jin", Class: "infantry", Strength: 1000, Morale: 70, At: h, Status: Active})
		s.Ledger["jin"].Start += 1000
	}
	s.Index()
	endTurns(t, s, 2)
	if relief.Alive() {
		t.Fatalf("reinforcement placed at %v with every hex taken", relief.At)
	}
	for _, u := range s.Units {
		if u.Side == "jin" && u.ID != "army" {
			u.Status = Withdrawn // the way clears
		}
	}
	endTurns(t, s, 2)
	if !relief.Alive() {
		t.Fatalf("reinforcement still %s after the way cleared (%d blockers)", relief.Status, blockers)
	}
}
