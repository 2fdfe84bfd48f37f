//go:build !headless

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestPlayWithoutDisplay runs "jinsong play" with no display (in a child
// process, since it exits): it must say what to do instead and exit 1,
// with no stack trace.
func TestPlayWithoutDisplay(t *testing.T) {
	if os.Getenv("JINSONG_PLAY_CHILD") == "1" {
		playCmd{Scenario: "kaifeng-1126", Seed: 1}.Run()
		os.Exit(3) // not reached: Run exits 1 itself
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestPlayWithoutDisplay$")
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "DISPLAY=") && !strings.HasPrefix(kv, "WAYLAND_DISPLAY=") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "JINSONG_PLAY_CHILD=1")
	out, err := cmd.CombinedOutput()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 1 {
		t.Fatalf("want exit status 1, got %v\n%s", err, out)
	}
	text := string(out)
	for _, want := range []string{"needs a display", "jinsong list", "jinsong sim", "jinsong validate", "xvfb-run"} {
		if !strings.Contains(text, want) {
			t.Errorf("the message lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"goroutine", "panic"} {
		if strings.Contains(text, bad) {
			t.Errorf("the message should not show a %s:\n%s", bad, text)
		}
	}
}
