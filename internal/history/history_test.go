package history

import (
	"testing"

	"jinsong/internal/scenario"
)

// With the built-in policy on both sides, the recorded outcome must be the
// most likely one in at least 12 of every 14 scenarios, and in every
// scenario the side that lost on the record must win at least 5% of games.
func TestSimulationsFollowTheRecordWithoutForegoneConclusions(t *testing.T) {
	runs := 60
	if testing.Short() {
		runs = 20
	}
	list := scenario.ListBuiltin()
	if len(list) == 0 {
		t.Fatal("no built-in scenarios")
	}
	misses := 0
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
			misses++
		}
		if r.LoserShare < 0.05 && r.RecordWinner != "" {
			t.Errorf("%s: the side that lost on the record wins only %.1f%% of games; want at least 5%%", r.ID, 100*r.LoserShare)
		}
	}
	if allowed := len(list) * 2 / 14; misses > allowed {
		t.Errorf("the recorded outcome is not the most likely in %d of %d scenarios; at most %d allowed", misses, len(list), allowed)
	}
}
