package main

import (
	"bytes"
	"strings"
	"testing"

	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

const whatIfScenario = "../../internal/scenario/testdata/whatif/ford.toml"

// TestPrintWhatIf pins the table of jinsong sim --whatif --runs N: the odds
// as written, with the what-if on, and the record.
func TestPrintWhatIf(t *testing.T) {
	base, err := scenario.LoadFile(whatIfScenario)
	if err != nil {
		t.Fatal(err)
	}
	w, err := base.WithWhatIf("late_relief")
	if err != nil {
		t.Fatal(err)
	}
	as := sim.Summary{Runs: 4, Wins: map[string]int{"jin": 1, "song": 3}, MedianDays: 30,
		MeanLosses: map[string]float64{"jin": 800, "song": 2900}}
	alt := sim.Summary{Runs: 4, Wins: map[string]int{"jin": 3, "": 1}, MedianDays: 25,
		MeanLosses: map[string]float64{"jin": 400, "song": 120}}
	var out bytes.Buffer
	if err := printWhatIf(&out, w, as, alt); err != nil {
		t.Fatal(err)
	}
	want := `Crossing at the Ford: 4 games as written, 4 with the what-if on
what if: The relief comes late
  The relief army is delayed on the road: does the city hold on?

                  as written   what if   record
  Jin wins         25.0%        75.0%    won
  Song wins        75.0%         0.0%
  draw              0.0%        25.0%
  median length   30 days      25 days
  Jin losses      800          400
  Song losses     2900         120

record: Jin wins — Kaifeng fell.
`
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

// TestSimWhatIfRefused: an unknown what-if, and --record with one.
func TestSimWhatIfRefused(t *testing.T) {
	tests := []struct {
		cmd  simCmd
		want string
	}{
		{simCmd{Scenario: whatIfScenario, Runs: 1, Whatif: "nope"}, "scenario ford-whatif has no what-if \"nope\" (expected one of `late_relief` or `ready`)"},
		{simCmd{Scenario: whatIfScenario, Runs: 1, Whatif: "ready", Record: "x.json"}, "--record cannot record a game with a what-if yet"},
		{simCmd{Scenario: fordScenario, Runs: 1, Whatif: "x"}, "has no what-ifs"},
	}
	for _, tc := range tests {
		err := tc.cmd.Run()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: got %v, want %q", tc.cmd, err, tc.want)
		}
	}
	if err := (historyCmd{Whatif: "ready", Runs: 1}).Run(); err == nil || !strings.Contains(err.Error(), "name the scenarios that have it") {
		t.Errorf("history --whatif without scenarios: %v", err)
	}
}

// TestSimWhatIfPlays plays games with a what-if on, one and several.
func TestSimWhatIfPlays(t *testing.T) {
	for _, runs := range []int{1, 2} {
		if err := (simCmd{Scenario: whatIfScenario, Runs: runs, Seed: 1, Whatif: "The relief comes late"}).Run(); err != nil {
			t.Errorf("--runs %d: %v", runs, err)
		}
	}
	if err := (historyCmd{Scenarios: []string{whatIfScenario}, Whatif: "ready", Runs: 2, Seed: 1}).Run(); err != nil {
		t.Error(err)
	}
}
