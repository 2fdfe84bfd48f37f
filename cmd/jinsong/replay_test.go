package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"jinsong/internal/save"
)

// fordScenario is the small scenario file of the save package's tests.
const fordScenario = "../../internal/save/testdata/ford.toml"

// sim --record writes a replay that replay checks; an altered replay is
// reported as differing, with an error (exit status 1).
func TestSimRecordThenReplay(t *testing.T) {
	path := filepath.Join(t.TempDir(), "game.json")
	sim := simCmd{Scenario: fordScenario, Seed: 3, Runs: 1, Player: map[string]string{"jin": "random"}, Record: path}
	if err := sim.Run(); err != nil {
		t.Fatal(err)
	}
	var out, warn bytes.Buffer
	if err := (replayCmd{File: path}).run(&out, &warn); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "matches the recorded hash") || warn.Len() > 0 {
		t.Fatalf("replay said:\n%s%s", out.String(), warn.String())
	}

	f, err := save.Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.Players["jin"] != "random" || f.Players["song"] != "simple" || !f.Over {
		t.Fatalf("recorded %+v", f)
	}
	f.Seed++
	if err := save.Write(path, f); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	err = (replayCmd{File: path}).run(&out, &warn)
	if !errors.Is(err, save.ErrMismatch) {
		t.Fatalf("altered replay: got %v, want a mismatch\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "DIFFERS from the recorded "+f.Hash) && !strings.Contains(err.Error(), "was refused") {
		t.Fatalf("altered replay said:\n%s", out.String())
	}

	sim.Runs = 2
	if err := sim.Run(); err == nil {
		t.Fatal("--record with --runs 2 was accepted")
	}
}

// A small soak of the test scenario passes.
func TestSoakCommand(t *testing.T) {
	if err := (soakCmd{Games: 4, Seed: 1, Scenario: []string{fordScenario}, Policies: []string{"simple", "random"}, NoProgress: true}).Run(); err != nil {
		t.Fatal(err)
	}
	if err := (soakCmd{Games: 1, Scenario: []string{fordScenario}, Policies: []string{"nobody"}, NoProgress: true}).Run(); err == nil {
		t.Fatal("an unknown policy was accepted")
	}
}
