package scenario

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// maxString is the longest string value a file may hold, in characters.
const maxString = 20000

// decodeInto fills out (a pointer to a schema struct) from d.data, walking
// the schema by reflection. Keys the schema does not know are reported with
// the closest known key; values of the wrong type are reported and left at
// their zero value, and the walk goes on, so one pass finds every such
// problem. It records every key path present in the file in d.present.
func decodeInto(d *doc, out any) {
	v := reflect.ValueOf(out).Elem()
	decodeValue(d, v, d.data, "")
}

// decodeValue decodes data into v; path is the key path of data.
func decodeValue(d *doc, v reflect.Value, data any, path string) {
	if path != "" {
		d.present[path] = true
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		decodeValue(d, v.Elem(), data, path)
	case reflect.Struct:
		m, ok := data.(map[string]any)
		if !ok {
			typeError(d, path, "a table", data)
			return
		}
		decodeStruct(d, v, m, path)
	case reflect.Map:
		m, ok := data.(map[string]any)
		if !ok {
			typeError(d, path, "a table", data)
			return
		}
		out := reflect.MakeMapWithSize(v.Type(), len(m))
		for _, k := range sortedKeys(m) {
			kp := joinKey(path, k)
			if utf8.RuneCountInString(k) > maxString {
				d.errf(kp, "key is too long (at most %d characters)", maxString)
				continue
			}
			elem := reflect.New(v.Type().Elem()).Elem()
			decodeValue(d, elem, m[k], kp)
			out.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), elem)
		}
		v.Set(out)
	case reflect.Slice:
		list, ok := asList(data)
		if !ok {
			typeError(d, path, expectedList(v.Type()), data)
			return
		}
		out := reflect.MakeSlice(v.Type(), len(list), len(list))
		for i, e := range list {
			decodeValue(d, out.Index(i), e, indexPath(path, i))
		}
		v.Set(out)
	case reflect.String:
		switch x := data.(type) {
		case string:
			if n := utf8.RuneCountInString(x); n > maxString {
				d.errf(path, "%s: text is too long: %d characters (at most %d)", lastKey(path), n, maxString)
				d.bad[path] = true
				return
			}
			v.SetString(x)
		case time.Time:
			if x.Location().String() != "date-local" {
				typeError(d, path, `a date in quotes, "YYYY-MM-DD"`, data)
				return
			}
			v.SetString(x.Format("2006-01-02")) // an unquoted date is accepted
		default:
			typeError(d, path, "a string", data)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, ok := data.(int64)
		if !ok {
			typeError(d, path, "an integer", data)
			return
		}
		if v.OverflowInt(x) {
			d.errf(path, "%s: %d is too large", lastKey(path), x)
			d.bad[path] = true
			return
		}
		v.SetInt(x)
	case reflect.Float32, reflect.Float64:
		var x float64
		switch n := data.(type) {
		case int64:
			x = float64(n)
		case float64:
			x = n
		default:
			typeError(d, path, "a number", data)
			return
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			typeError(d, path, "a number", data)
			return
		}
		v.SetFloat(x)
	case reflect.Bool:
		x, ok := data.(bool)
		if !ok {
			typeError(d, path, "true or false", data)
			return
		}
		v.SetBool(x)
	}
}

// decodeStruct decodes the table m into the struct v.
func decodeStruct(d *doc, v reflect.Value, m map[string]any, path string) {
	fields := tomlFields(v.Type())
	for _, k := range sortedKeys(m) {
		kp := joinKey(path, k)
		idx, ok := fields[k]
		if !ok {
			d.present[kp] = true
			d.errf(kp, "unknown key `%s`%s%s", k, tableName(path), didYouMean(k, fieldNames(fields)))
			if s := suggest(k, fieldNames(fields)); s != "" {
				if _, given := m[s]; !given {
					d.bad[joinKey(path, s)] = true // the typo explains why s is missing
				}
			}
			continue
		}
		decodeValue(d, v.Field(idx), m[k], kp)
	}
}

// tableName is " in [units]" and the like, naming where an unknown key is.
func tableName(path string) string {
	if path == "" {
		return " at the top level"
	}
	return " in " + displayTable(path)
}

// displayTable turns a key path into the table header a modder wrote:
// "units[3]" -> "[[units]]", "events[0].when" -> "[events.when]".
func displayTable(path string) string {
	arr := strings.HasSuffix(path, "]")
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		if path[i] == '[' {
			for i < len(path) && path[i] != ']' {
				i++
			}
			continue
		}
		b.WriteByte(path[i])
	}
	if arr {
		return "[[" + b.String() + "]]"
	}
	return "[" + b.String() + "]"
}

// tomlFields maps the TOML key of each field of struct type t to its index.
func tomlFields(t reflect.Type) map[string]int {
	f := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("toml"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		f[name] = i
	}
	return f
}

func fieldNames(fields map[string]int) []string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// asList accepts both array forms the TOML library produces.
func asList(data any) ([]any, bool) {
	switch x := data.(type) {
	case []any:
		return x, true
	case []map[string]any:
		out := make([]any, len(x))
		for i, m := range x {
			out[i] = m
		}
		return out, true
	}
	return nil, false
}

// expectedList describes the array a slice type wants.
func expectedList(t reflect.Type) string {
	e := t.Elem()
	for e.Kind() == reflect.Pointer {
		e = e.Elem()
	}
	switch e.Kind() {
	case reflect.Struct:
		return "an array of tables"
	case reflect.String:
		return `an array of strings, like ["a", "b"]`
	case reflect.Int, reflect.Int64:
		return "an array of integers, like [3, 4]"
	case reflect.Float64:
		return "an array of numbers"
	case reflect.Slice:
		return "an array of arrays, like [[3, 4], [5, 6]]"
	}
	return "an array"
}

// typeError reports a value of the wrong type and marks the path bad.
func typeError(d *doc, path, want string, got any) {
	d.errf(path, "%s: expected %s, found %s", lastKey(path), want, describe(got))
	d.bad[path] = true
}

// describe names the type of a decoded TOML value, with the value if short.
func describe(v any) string {
	switch x := v.(type) {
	case string:
		if utf8.RuneCountInString(x) <= 20 {
			return fmt.Sprintf("the string %q", x)
		}
		return "a string"
	case int64:
		return fmt.Sprintf("the integer %d", x)
	case float64:
		return fmt.Sprintf("the number %v", x)
	case bool:
		return fmt.Sprintf("%v", x)
	case time.Time:
		return "a date or time"
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "an array"
	case nil:
		return "nothing"
	}
	return fmt.Sprintf("a %T", v)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
