package scenario

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestNamesOutsideFolder refuses every way of naming a file outside the
// scenario's folder, with a message saying why.
func TestNamesOutsideFolder(t *testing.T) {
	src := readTestFile(t, "testdata/valid/minimal.toml")
	tests := []struct {
		key, value, want string
	}{
		{"ruleset", "../x", "ruleset \"../x\": the file name may not contain `..`: a scenario can only use files in its own folder"},
		{"ruleset", "rules/../../x.toml", "ruleset \"rules/../../x.toml\": the file name may not contain `..`: a scenario can only use files in its own folder"},
		{"ruleset", "/etc/passwd", "ruleset \"/etc/passwd\": the file name must be relative to the scenario's folder, not an absolute path"},
		{"ruleset", "C:/rules.toml", "ruleset \"C:/rules.toml\": the file name must be relative to the scenario's folder, not an absolute path"},
		{"ruleset", `rules\\x.toml`, "ruleset \"rules\\\\x.toml\": use / between folder names, not \\"},
		{"ruleset", "rules.txt", "ruleset \"rules.txt\": the file must be a .toml file, not .txt"},
		{"ruleset", "nothere", "ruleset \"nothere\" not found: there is no nothere.toml in the scenario's folder and no built-in ruleset of that name (expected one of `standard`)"},
		{"ruleset", "standrd", "ruleset \"standrd\" not found: there is no standrd.toml in the scenario's folder and no built-in ruleset of that name (did you mean `standard`?)"},
		{"file", "../../assets/maps/china", "map \"../../assets/maps/china\": the file name may not contain `..`: a scenario can only use files in its own folder"},
	}
	for _, tc := range tests {
		line := tc.key + ` = "` + tc.value + `"`
		var s string
		if tc.key == "ruleset" {
			s = replaceOnce(t, src, `title = "Crossing at the Ford"`, `title = "Crossing at the Ford"`+"\n"+line)
		} else {
			s = replaceOnce(t, src, "[map]\nrows = [", "[map]\n"+line+"\nold_rows = [")
		}
		want := Diag{File: "minimal.toml", Line: strings.Count(s[:strings.Index(s, line)], "\n") + 1, Col: 1, Msg: tc.want}
		_, err := Load(fstest.MapFS{"minimal.toml": {Data: []byte(s)}}, "minimal.toml")
		var diags Diagnostics
		if !errors.As(err, &diags) {
			t.Errorf("%s = %q: got %v", tc.key, tc.value, err)
			continue
		}
		if !hasDiag(diags, want.String()) {
			t.Errorf("%s = %q: want\n%s\ngot\n%v", tc.key, tc.value, want, diags)
		}
	}
}

func hasDiag(ds Diagnostics, want string) bool {
	for _, d := range ds {
		if d.String() == want {
			return true
		}
	}
	return false
}

// TestSymlinks builds a mod folder on disk: links inside it work, links that
// lead outside it are refused.
func TestSymlinks(t *testing.T) {
	tmp := t.TempDir()
	mod := filepath.Join(tmp, "mod")
	outside := filepath.Join(tmp, "outside")
	for _, dir := range []string{mod, outside, filepath.Join(mod, "sub")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	rules := readTestFile(t, "../../scenarios/rulesets/standard.toml")
	write := func(path, text string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, path string) {
		t.Helper()
		if err := os.Symlink(target, path); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	write(filepath.Join(outside, "rules.toml"), rules)
	write(filepath.Join(mod, "sub", "real.toml"), rules)
	link("../outside/rules.toml", filepath.Join(mod, "evil.toml"))
	link("sub/real.toml", filepath.Join(mod, "good.toml"))
	link("../outside", filepath.Join(mod, "outdir"))
	link(filepath.Join(outside, "rules.toml"), filepath.Join(mod, "abs.toml"))

	src := readTestFile(t, "testdata/valid/minimal.toml")
	withRuleset := func(name string) string {
		return replaceOnce(t, src, `title = "Crossing at the Ford"`, `title = "Crossing at the Ford"`+"\nruleset = \""+name+"\"")
	}
	write(filepath.Join(mod, "good.scn.toml"), withRuleset("good"))
	write(filepath.Join(outside, "elsewhere.toml"), src)
	link("../outside/elsewhere.toml", filepath.Join(mod, "linked.toml"))

	if _, err := LoadFile(filepath.Join(mod, "good.scn.toml")); err != nil {
		t.Errorf("a link inside the folder: %v", err)
	}
	for name, want := range map[string]string{
		"evil":              "evil.toml is a link to a file outside the scenario's folder",
		"abs":               "abs.toml is a link to a file outside the scenario's folder",
		"outdir/rules":      "outdir/rules.toml is a link to a file outside the scenario's folder",
		"outdir/rules.toml": "outdir/rules.toml is a link to a file outside the scenario's folder",
	} {
		p := filepath.Join(mod, "s.toml")
		write(p, withRuleset(name))
		_, err := LoadFile(p)
		var diags Diagnostics
		if !errors.As(err, &diags) || len(diags) != 1 || !strings.Contains(diags[0].Msg, want) || diags[0].File != p || diags[0].Line != 7 {
			t.Errorf("ruleset %q: got %v, want %q", name, err, want)
		}
	}
	_, err := LoadFile(filepath.Join(mod, "linked.toml"))
	var diags Diagnostics
	if !errors.As(err, &diags) || !strings.Contains(diags.Error(), "linked.toml is a link to a file outside the scenario's folder") {
		t.Errorf("a scenario linked from outside: got %v", err)
	}
}
