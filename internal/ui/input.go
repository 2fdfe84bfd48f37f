package ui

import (
	"slices"
	"sync"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/inpututil"
)

// Mouse buttons as indexes into Input's button arrays.
const (
	MouseLeft   = 0
	MouseRight  = 1
	MouseMiddle = 2
)

// Input is everything the player did during one frame. Screens read it
// instead of calling Ebiten, so tests can script it. A widget that acts on
// a click or key consumes it, and widgets behind no longer see it.
type Input struct {
	X, Y     float64      // cursor position in screen pixels
	Down     [3]bool      // buttons held
	Pressed  [3]bool      // buttons pressed this frame
	Released [3]bool      // buttons released this frame
	WheelY   float64      // wheel movement this frame (positive = away from the user)
	Keys     []ebiten.Key // keys pressed this frame
	Held     []ebiten.Key // keys held down (pressed this frame included)
	Hovered  bool         // the cursor is inside the window

	clickUsed bool
	wheelUsed bool
	usedKeys  []ebiten.Key
}

// Clicked reports whether button b was released this frame and nobody has
// consumed it yet.
func (in *Input) Clicked(b int) bool { return in.Released[b] && !in.clickUsed }

// PressedFree reports whether button b went down this frame and is not consumed.
func (in *Input) PressedFree(b int) bool { return in.Pressed[b] && !in.clickUsed }

// ConsumeClick marks this frame's mouse buttons as used.
func (in *Input) ConsumeClick() { in.clickUsed = true }

// ClickUsed reports whether a widget consumed the mouse this frame.
func (in *Input) ClickUsed() bool { return in.clickUsed }

// Wheel returns the unconsumed wheel movement.
func (in *Input) Wheel() float64 {
	if in.wheelUsed {
		return 0
	}
	return in.WheelY
}

// ConsumeWheel marks the wheel as used.
func (in *Input) ConsumeWheel() { in.wheelUsed = true }

// Key reports whether k was pressed this frame and not consumed.
func (in *Input) Key(k ebiten.Key) bool {
	return slices.Contains(in.Keys, k) && !slices.Contains(in.usedKeys, k)
}

// TakeKey reports whether k was pressed this frame and not consumed, and
// consumes it.
func (in *Input) TakeKey(k ebiten.Key) bool {
	if !in.Key(k) {
		return false
	}
	in.usedKeys = append(in.usedKeys, k)
	return true
}

// IsHeld reports whether k is held down.
func (in *Input) IsHeld(k ebiten.Key) bool { return slices.Contains(in.Held, k) }

// Ctrl reports whether a Control (or Command) key is held.
func (in *Input) Ctrl() bool {
	return in.IsHeld(ebiten.KeyControlLeft) || in.IsHeld(ebiten.KeyControlRight) ||
		in.IsHeld(ebiten.KeyMetaLeft) || in.IsHeld(ebiten.KeyMetaRight)
}

// Shift reports whether a Shift key is held.
func (in *Input) Shift() bool {
	return in.IsHeld(ebiten.KeyShiftLeft) || in.IsHeld(ebiten.KeyShiftRight)
}

// Source produces one Input per frame.
type Source interface {
	Poll() Input
}

// EbitenSource reads the real keyboard and mouse through Ebiten.
type EbitenSource struct {
	keys []ebiten.Key
}

var mouseButtons = [3]ebiten.MouseButton{ebiten.MouseButtonLeft, ebiten.MouseButtonRight, ebiten.MouseButtonMiddle}

// Poll implements Source.
func (s *EbitenSource) Poll() Input {
	var in Input
	x, y := ebiten.CursorPosition()
	in.X, in.Y = float64(x), float64(y)
	w, h := ebiten.WindowSize()
	in.Hovered = x >= 0 && y >= 0 && (w == 0 || x < w*4) && (h == 0 || y < h*4)
	for i, b := range mouseButtons {
		in.Down[i] = ebiten.IsMouseButtonPressed(b)
		in.Pressed[i] = inpututil.IsMouseButtonJustPressed(b)
		in.Released[i] = inpututil.IsMouseButtonJustReleased(b)
	}
	_, in.WheelY = ebiten.Wheel()
	s.keys = inpututil.AppendJustPressedKeys(s.keys[:0])
	in.Keys = slices.Clone(s.keys)
	s.keys = inpututil.AppendPressedKeys(s.keys[:0])
	in.Held = slices.Clone(s.keys)
	return in
}

// Script is a Source that replays prepared frames, for tests. After the last
// frame it repeats an idle frame with the cursor where it was.
// It is safe to add frames from another goroutine while the game polls.
type Script struct {
	mu     sync.Mutex
	Frames []Input
	next   int
	last   Input
}

// Poll implements Source.
func (s *Script) Poll() Input {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.next < len(s.Frames) {
		in := s.Frames[s.next]
		s.next++
		s.last = Input{X: in.X, Y: in.Y, Hovered: true}
		return in
	}
	return s.last
}

// Done reports whether every frame has been played.
func (s *Script) Done() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next >= len(s.Frames)
}

func (s *Script) add(frames ...Input) *Script {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Frames = append(s.Frames, frames...)
	return s
}

// Move adds a frame with the cursor at (x, y).
func (s *Script) Move(x, y float64) *Script {
	return s.add(Input{X: x, Y: y, Hovered: true})
}

// Click adds the frames of a left click at (x, y): move, press, release.
func (s *Script) Click(x, y float64) *Script { return s.ClickButton(MouseLeft, x, y) }

// ClickButton adds the frames of a click of button b at (x, y).
func (s *Script) ClickButton(b int, x, y float64) *Script {
	s.Move(x, y)
	press := Input{X: x, Y: y, Hovered: true}
	press.Down[b], press.Pressed[b] = true, true
	release := Input{X: x, Y: y, Hovered: true}
	release.Released[b] = true
	return s.add(press, release)
}

// Press adds a frame in which key k is pressed (cursor unchanged).
func (s *Script) Press(k ebiten.Key) *Script {
	x, y := s.cursor()
	return s.add(Input{X: x, Y: y, Hovered: true, Keys: []ebiten.Key{k}, Held: []ebiten.Key{k}})
}

// Chord adds a frame in which key k is pressed while mod is held (Ctrl+S:
// Chord(ebiten.KeyControlLeft, ebiten.KeyS)).
func (s *Script) Chord(mod, k ebiten.Key) *Script {
	x, y := s.cursor()
	return s.add(Input{X: x, Y: y, Hovered: true, Keys: []ebiten.Key{k}, Held: []ebiten.Key{mod, k}})
}

// Wait adds n idle frames.
func (s *Script) Wait(n int) *Script {
	x, y := s.cursor()
	frames := make([]Input, n)
	for i := range frames {
		frames[i] = Input{X: x, Y: y, Hovered: true}
	}
	return s.add(frames...)
}

func (s *Script) cursor() (float64, float64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.Frames); n > 0 {
		return s.Frames[n-1].X, s.Frames[n-1].Y
	}
	return s.last.X, s.last.Y
}
