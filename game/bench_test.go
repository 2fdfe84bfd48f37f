package game

import (
	"strings"
	"testing"
)

// benchWorld is a 60×60 plain with two armies of 40 units facing each other.
func benchWorld(b *testing.B) *State {
	rows := make([]string, 60)
	for i := range rows {
		rows[i] = strings.Repeat(".", 60)
	}
	w := newWorld(b, rows...)
	w.place("jcity", "jin", 2, 100, 5, 30)
	w.place("scity", "song", 2, 100, 55, 30)
	for i := 0; i < 40; i++ {
		w.unit("j"+itoa(i), "jin", "heavy_cavalry", 3000, 20+i%4, 10+i)
		w.unit("s"+itoa(i), "song", "infantry", 3000, 24+i%4, 10+i)
	}
	return w.start()
}

func itoa(i int) string {
	return string(rune('a'+i/26)) + string(rune('a'+i%26))
}

// BenchmarkAttack resolves one attack order (on a fresh clone each time).
func BenchmarkAttack(b *testing.B) {
	s := benchWorld(b)
	att := s.Unit("jaa")
	var target Hex
	for _, n := range att.At.Neighbours() {
		if s.HasEnemy("jin", n) {
			target = n
		}
	}
	if target == (Hex{}) {
		// move next to an enemy first
		att.At = Hex{23, 10}
		target = Hex{24, 10}
	}
	o := Order{Kind: Attack, Unit: "jaa", To: target}
	if err := Legal(s, o); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := s.Clone()
		if _, err := c.Apply(o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReachable searches one cavalry unit's reachable hexes afresh
// (Reachable's search, without its memory).
func BenchmarkReachable(b *testing.B) {
	s := benchWorld(b)
	u := s.Unit("jaa")
	for i := 0; i < b.N; i++ {
		reachable(s, u)
	}
}

// BenchmarkReachableRemembered asks Reachable again with nothing changed:
// the fingerprint, and the answer kept on the state.
func BenchmarkReachableRemembered(b *testing.B) {
	s := benchWorld(b)
	u := s.Unit("jaa")
	for i := 0; i < b.N; i++ {
		Reachable(s, u)
	}
}

// BenchmarkSupplyMap traces one side's supply.
func BenchmarkSupplyMap(b *testing.B) {
	s := benchWorld(b)
	for i := 0; i < b.N; i++ {
		SupplyMap(s, "jin")
	}
}

// BenchmarkPredict previews one attack.
func BenchmarkPredict(b *testing.B) {
	s := benchWorld(b)
	s.Unit("jaa").At = Hex{23, 10}
	o := Order{Kind: Attack, Unit: "jaa", To: Hex{24, 10}}
	for i := 0; i < b.N; i++ {
		if _, err := Predict(s, o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEndTurn runs the upkeep of one side's turn (supply, sieges,
// events), starting over from a fresh copy when the game ends.
func BenchmarkEndTurn(b *testing.B) {
	base := benchWorld(b)
	base.Scn.MaxTurns = 1 << 30
	s := base.Clone()
	for i := 0; i < b.N; i++ {
		if s.Over {
			b.StopTimer()
			s = base.Clone()
			b.StartTimer()
		}
		if _, err := s.Apply(Order{Kind: EndTurn}); err != nil {
			b.Fatal(err)
		}
	}
}
