package sim

import (
	"testing"

	"jinsong/game"
	"jinsong/internal/ai"
	"jinsong/internal/save"
	"jinsong/internal/scenario"
)

// The Yellow River breach of 1128 in the grand campaign, end to end: the
// special order given through the engine's Apply, what it does to crossings,
// movement costs and supply, the record's event when nobody orders it, and
// a save/replay across it.

const grandCampaign = "grand-campaign-1125"

// breachHexes are the hex lists of the breach, read from the scenario's
// special order so that the test follows the data.
type breachHexes struct {
	oldBed []game.Hex // the pre-1128 course below Huazhou: becomes marsh
	course []game.Hex // the post-1128 course: great river and fords
	band   []game.Hex // flooded land beside it: becomes marsh
}

func loadGrandCampaign(t *testing.T) (*scenario.Loaded, breachHexes) {
	t.Helper()
	l, err := scenario.Builtin(grandCampaign)
	if err != nil {
		t.Fatal(err)
	}
	var b breachHexes
	found := false
	for _, a := range l.Scn.Actions {
		if a.ID != "cut_dikes" {
			continue
		}
		found = true
		if a.Side != "song" || a.Leader != "du_chong" || a.Place != "huazhou" || a.Cost <= 0 {
			t.Fatalf("the breach is %+v, want Du Chong's order at Huazhou with a cost", a)
		}
		for _, ef := range a.Effects {
			switch {
			case ef.Kind != "terrain":
			case ef.Terrain == "river" || ef.Terrain == "ford":
				b.course = append(b.course, ef.Hexes...)
			case ef.Terrain == "marsh" && ef.Loss == 0:
				b.oldBed = append(b.oldBed, ef.Hexes...)
			case ef.Terrain == "marsh":
				b.band = append(b.band, ef.Hexes...)
			}
		}
	}
	if !found || len(b.oldBed) < 10 || len(b.course) < 10 || len(b.band) < 10 {
		t.Fatalf("cut_dikes: found %v, old bed %d hexes, new course %d, flood band %d", found, len(b.oldBed), len(b.course), len(b.band))
	}
	return l, b
}

// Hexes either side of the two courses, and the boxes searched for a way
// across (the rivers run out of them, so a way round inside the box must
// cross the river).
var (
	oldWest, oldEast = game.Hex{Col: 70, Row: 74}, game.Hex{Col: 72, Row: 74} // beside 71,74 on the old course
	newWest, newEast = game.Hex{Col: 77, Row: 85}, game.Hex{Col: 79, Row: 85} // beside 78,85 on the new course
	oldBox           = [4]int{60, 55, 90, 86}
	newBox           = [4]int{62, 76, 96, 100}
	floodedHex       = game.Hex{Col: 78, Row: 86} // in the flood band
	newCourseHex     = game.Hex{Col: 78, Row: 85} // 12 steps down the new course from Huazhou
	oldCourseHex     = game.Hex{Col: 72, Row: 71} // 9 steps down the old course from Huazhou
)

// connected reports whether a unit of class c could walk from a to b
// without leaving box, through hexes it can stand on, fords included or not.
func connected(s *game.State, c *game.Class, a, b game.Hex, box [4]int, fords bool) bool {
	in := func(h game.Hex) bool {
		return h.Col >= box[0] && h.Row >= box[1] && h.Col <= box[2] && h.Row <= box[3] &&
			s.CanStand(c, h) && (fords || !s.TerrainAt(h).Crossing)
	}
	seen := map[game.Hex]bool{a: true}
	queue := []game.Hex{a}
	for len(queue) > 0 {
		h := queue[0]
		queue = queue[1:]
		if h == b {
			return true
		}
		for _, n := range h.Neighbours() {
			if !seen[n] && in(n) {
				seen[n] = true
				queue = append(queue, n)
			}
		}
	}
	return false
}

// suppliedFromHuazhou reports, on a copy of s with Huazhou as the Song's
// only source of supply and no Jin units about, whether a Song supply line
// reaches h.
func suppliedFromHuazhou(s *game.State, h game.Hex) bool {
	c := s.Clone()
	for _, p := range c.Places {
		p.Supply = p.ID == "huazhou"
		if p.ID == "huazhou" {
			p.Owner, p.BlockadedBy = "song", ""
		}
	}
	for _, u := range c.Units {
		if u.Side == "jin" && u.Alive() {
			u.Status = game.Withdrawn
		}
	}
	return game.SupplyMap(c, "song").Has(h)
}

func cost(t *testing.T, s *game.State, class string, h game.Hex) int {
	t.Helper()
	v, ok := s.MoveCost(s.Rules().Classes[class], h)
	if !ok {
		t.Fatalf("a unit of class %s cannot enter %s (%s)", class, h, s.TerrainAt(h).ID)
	}
	return v
}

// checkNorthernCourse checks the map before the breach: the old course is
// river (crossed only at its fords), the new course dry land.
func checkNorthernCourse(t *testing.T, s *game.State, b breachHexes) {
	t.Helper()
	inf := s.Rules().Classes["infantry"]
	for _, h := range b.oldBed {
		if tr := s.TerrainAt(h); tr.Water != "river" {
			t.Errorf("before the breach old-course hex %s is %s, not river", h, tr.ID)
		} else if s.CanStand(inf, h) != tr.Crossing {
			t.Errorf("before the breach old-course hex %s (%s): infantry may stand there %v", h, tr.ID, s.CanStand(inf, h))
		}
	}
	for _, h := range b.course {
		if tr := s.TerrainAt(h); tr.Navigable() || !s.CanStand(inf, h) {
			t.Errorf("before the breach new-course hex %s is %s", h, tr.ID)
		}
	}
	if connected(s, inf, oldWest, oldEast, oldBox, false) {
		t.Errorf("before the breach infantry crosses the old course from %s to %s without a ford", oldWest, oldEast)
	}
	if !connected(s, inf, oldWest, oldEast, oldBox, true) {
		t.Errorf("before the breach infantry cannot cross the old course from %s to %s even at its fords", oldWest, oldEast)
	}
	if !connected(s, inf, newWest, newEast, newBox, false) {
		t.Errorf("before the breach infantry cannot walk across the future course from %s to %s", newWest, newEast)
	}
	if got := cost(t, s, "infantry", floodedHex); got != 1 {
		t.Errorf("before the breach foot pay %d to enter %s, want 1 (plain)", got, floodedHex)
	}
	if got := cost(t, s, "heavy_cavalry", floodedHex); got != 1 {
		t.Errorf("before the breach horse pay %d to enter %s, want 1 (plain)", got, floodedHex)
	}
	if !suppliedFromHuazhou(s, oldCourseHex) {
		t.Errorf("before the breach supply does not run from Huazhou down the old course to %s", oldCourseHex)
	}
	if suppliedFromHuazhou(s, newCourseHex) {
		t.Errorf("before the breach supply already reaches %s overland from Huazhou", newCourseHex)
	}
}

// checkSouthernCourse checks the map after the breach: the reverse.
func checkSouthernCourse(t *testing.T, s *game.State, b breachHexes) {
	t.Helper()
	inf := s.Rules().Classes["infantry"]
	for _, h := range b.oldBed {
		if tr := s.TerrainAt(h); tr.Navigable() || !s.CanStand(inf, h) {
			t.Errorf("after the breach old-course hex %s is %s, not dry land", h, tr.ID)
		}
	}
	for _, h := range b.course {
		if tr := s.TerrainAt(h); tr.Water != "river" {
			t.Errorf("after the breach new-course hex %s is %s, not river", h, tr.ID)
		}
	}
	for _, h := range b.band {
		if id := s.TerrainAt(h).ID; id != "marsh" {
			t.Errorf("after the breach flooded hex %s is %s, not marsh", h, id)
		}
	}
	if !connected(s, inf, oldWest, oldEast, oldBox, false) {
		t.Errorf("after the breach infantry cannot walk across the old bed from %s to %s", oldWest, oldEast)
	}
	if connected(s, inf, newWest, newEast, newBox, false) {
		t.Errorf("after the breach infantry crosses the new course from %s to %s without a ford", newWest, newEast)
	}
	if !connected(s, inf, newWest, newEast, newBox, true) {
		t.Errorf("after the breach infantry cannot cross the new course from %s to %s even at its fords", newWest, newEast)
	}
	if got := cost(t, s, "infantry", floodedHex); got != 2 {
		t.Errorf("after the breach foot pay %d to enter flooded %s, want 2 (marsh)", got, floodedHex)
	}
	if got := cost(t, s, "heavy_cavalry", floodedHex); got != 4 {
		t.Errorf("after the breach horse pay %d to enter flooded %s, want 4 (marsh)", got, floodedHex)
	}
	if !suppliedFromHuazhou(s, newCourseHex) {
		t.Errorf("after the breach supply does not run from Huazhou down the new course to %s", newCourseHex)
	}
	if suppliedFromHuazhou(s, oldCourseHex) {
		t.Errorf("after the breach supply still runs down the dry old course to %s", oldCourseHex)
	}
	// A ship can now sail the new course, and a boat on it moves at river cost.
	boat := s.Rules().Classes["river_boats"]
	if !connected(s, boat, game.Hex{Col: 70, Row: 80}, game.Hex{Col: 88, Row: 92}, newBox, true) {
		t.Errorf("after the breach river boats cannot sail the new course from Huazhou to the Huai")
	}
}

// play applies o and records it.
func play(t *testing.T, s *game.State, orders *[]game.Order, o game.Order) {
	t.Helper()
	if _, err := s.Apply(o); err != nil {
		t.Fatalf("turn %d (%s): %s refused: %v", s.Turn, s.DateString(), o, err)
	}
	*orders = append(*orders, o)
}

// Du Chong orders the breach through Apply: before it, a land unit crosses
// the northern course only at its fords and walks across the future southern
// one; after it, the reverse. Flooded hexes cost more to enter, supply runs
// along the new course and no longer along the old, the Song pay the cost,
// the order cannot be given twice, and a save made after some more turns of
// play replays to the identical state hash.
func TestBreachOrderedByDuChong(t *testing.T) {
	l, b := loadGrandCampaign(t)
	const seed = 1128
	s := l.NewGame(seed)
	var orders []game.Order
	checkNorthernCourse(t, s, b)

	// Nobody moves until Du Chong's army comes in (June 1127).
	duChong := s.Unit("song_du_chong")
	for !duChong.Alive() {
		if s.Turn > 30 {
			t.Fatalf("Du Chong has not arrived by turn %d (%s)", s.Turn, s.DateString())
		}
		play(t, s, &orders, game.Order{Kind: game.EndTurn})
	}
	// March him to Huazhou, turn after turn.
	huazhou := s.Place("huazhou").At
	for !(duChong.At == huazhou || game.Adjacent(duChong.At, huazhou)) {
		if s.ActiveSide() == "song" {
			best, bestD := duChong.At, game.Distance(duChong.At, huazhou)
			for h := range game.Reachable(s, duChong) {
				if d := game.Distance(h, huazhou); d >= 1 && (d < bestD || d == bestD && (h.Row < best.Row || h.Row == best.Row && h.Col < best.Col)) {
					best, bestD = h, d
				}
			}
			if best != duChong.At {
				play(t, s, &orders, game.Order{Kind: game.Move, Unit: duChong.ID, To: best})
				continue
			}
		}
		if s.Date().After(l.Scn.Start.AddDate(3, 0, 0)) {
			t.Fatalf("Du Chong never reached Huazhou (at %s on %s)", duChong.At, s.DateString())
		}
		play(t, s, &orders, game.Order{Kind: game.EndTurn})
	}
	for s.ActiveSide() != "song" {
		play(t, s, &orders, game.Order{Kind: game.EndTurn})
	}
	if s.Date().Format("2006-01-02") >= "1128-12-01" {
		t.Fatalf("Du Chong reached Huazhou only on %s, after the record's breach", s.DateString())
	}
	checkNorthernCourse(t, s, b)

	cut := game.Order{Kind: game.ActionOrder, Target: "cut_dikes"}
	if err := game.Legal(s, cut); err != nil {
		t.Fatalf("Du Chong at %s next to Huazhou may not cut the dikes: %v", duChong.At, err)
	}
	before := s.Score("song")
	play(t, s, &orders, cut)
	if !s.ActionTaken("cut_dikes") {
		t.Fatal("the breach is not recorded as done")
	}
	if got, want := s.Score("song"), before-s.Action("cut_dikes").Cost; got != want {
		t.Errorf("Song score %d after the breach, want %d (its cost taken)", got, want)
	}
	checkSouthernCourse(t, s, b)
	if err := game.Legal(s, cut); err == nil {
		t.Error("the dikes can be cut a second time")
	}

	// Play on with the computer players for some turns (the floods may
	// drain meanwhile), then save and replay.
	pol := map[string]ai.Policy{}
	for _, sd := range s.Scn.Sides {
		pol[sd.ID], _ = ai.New("simple", seed)
	}
	for stop := s.Turn + 6; s.Turn < stop && !s.Over; {
		play(t, s, &orders, pol[s.ActiveSide()].Next(s))
	}
	if errs := game.CheckInvariants(s); len(errs) > 0 {
		t.Fatalf("invariants broken after the breach: %v", errs)
	}
	ref, err := save.RefFor(grandCampaign, l)
	if err != nil {
		t.Fatal(err)
	}
	data, err := save.Marshal(save.New(ref, seed, nil, orders, s, "after the breach"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := save.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := save.Restore(f, l.NewGame)
	if err != nil {
		t.Fatalf("the save across the breach does not replay: %v", err)
	}
	if game.Hash(r) != game.Hash(s) {
		t.Fatal("the replayed game differs from the one saved")
	}
	for _, h := range b.course {
		if r.TerrainAt(h).Water != "river" {
			t.Fatalf("in the replayed game new-course hex %s is %s", h, r.TerrainAt(h).ID)
		}
	}
}

// When nobody orders it, the breach comes on its recorded date with the same
// effects and cost, Du Chong leaves Kaifeng (so the order is closed), and
// some months later the upper flood plain and the old bed dry out.
func TestBreachOnTheRecord(t *testing.T) {
	l, b := loadGrandCampaign(t)
	s := l.NewGame(1)
	var orders []game.Order
	checkNorthernCourse(t, s, b)
	for s.Date().Format("2006-01-02") < "1129-01-01" {
		play(t, s, &orders, game.Order{Kind: game.EndTurn})
	}
	if s.ActionTaken("cut_dikes") {
		t.Fatal("the record's breach counts as Du Chong's order")
	}
	checkSouthernCourse(t, s, b)
	if got, want := s.Points["song"], -s.Action("cut_dikes").Cost; got != want {
		t.Errorf("Song scripted points %d after the record's breach, want %d", got, want)
	}
	if err := game.Legal(s, game.Order{Kind: game.ActionOrder, Target: "cut_dikes"}); err == nil {
		t.Error("the dikes can still be cut after the record's breach")
	}
	for s.Date().Format("2006-01-02") < "1129-11-01" {
		play(t, s, &orders, game.Order{Kind: game.EndTurn})
	}
	plain, marsh := 0, 0
	for _, h := range append(append([]game.Hex{}, b.oldBed...), b.band...) {
		switch s.TerrainAt(h).ID {
		case "plain":
			plain++
		case "marsh":
			marsh++
		}
	}
	if plain < len(b.oldBed) || marsh == 0 {
		t.Errorf("by November 1129 %d hexes of the old bed and the flood band are plain again and %d marsh; want the old bed and the upper band dry, the lower band wet", plain, marsh)
	}
	for _, h := range b.course {
		if s.TerrainAt(h).Water != "river" {
			t.Errorf("the new course at %s has gone: %s", h, s.TerrainAt(h).ID)
		}
	}
}
