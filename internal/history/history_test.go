package history

import (
	"testing"

	"jinsong/internal/scenario"
)

// With the built-in policy on both sides, the recorded outcome must be the
// most likely one in every scenario, and in every scenario the side that
// lost on the record must win at least 5% of games. (Allowing two misses
// in fourteen once let a rule change turn the western front round
// unnoticed.)
func TestSimulationsFollowTheRecordWithoutForegoneConclusions(t *testing.T) {
	if testing.Short() {
		t.Skip("odds need 60 games a scenario; fewer cannot order the closer outcomes")
	}
	const runs = 60
	list := scenario.ListBuiltin()
	if len(list) == 0 {
		t.Fatal("no built-in scenarios")
	}
	for _, sm := range list {
		l, err := scenario.Builtin(sm.ID)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Compare(l, runs, 1000)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: recorded winner %q wins %.0f%%, most likely %q, historical loser %.0f%%, median %d days (record %d)",
			r.ID, r.RecordWinner, 100*r.RecordShare, r.MostLikely, 100*r.LoserShare, r.MedianDays, r.RecordDays)
		if !r.MatchesRecord() {
			t.Errorf("%s: the most likely outcome is %q, not the recorded %q", r.ID, r.MostLikely, r.RecordWinner)
		}
		if r.LoserShare < 0.05 && r.RecordWinner != "" {
			t.Errorf("%s: the side that lost on the record wins only %.1f%% of games; want at least 5%%", r.ID, 100*r.LoserShare)
		}
	}
}
