package scenario

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestSchemaEnums checks that the kinds the JSON Schema offers (the enum
// values of the jsonschema tags in schema.go) are the kinds the loader
// accepts.
func TestSchemaEnums(t *testing.T) {
	tests := []struct {
		typ   reflect.Type
		field string
		want  []string
	}{
		{reflect.TypeFor[EffectDef](), "Kind", effectKinds},
		{reflect.TypeFor[ConditionDef](), "Kind", conditionKinds},
	}
	for _, tc := range tests {
		f, _ := tc.typ.FieldByName(tc.field)
		var got []string
		for _, part := range strings.Split(f.Tag.Get("jsonschema"), ",") {
			if v, ok := strings.CutPrefix(part, "enum="); ok {
				got = append(got, v)
			}
		}
		want := slices.Clone(tc.want)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s.%s: the schema offers %v, the loader accepts %v", tc.typ.Name(), tc.field, got, want)
		}
	}
}
