package playback

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"jinsong/game"
	"jinsong/internal/scenario"
	"jinsong/internal/sim"
)

// recorded plays a whole game of a built-in scenario with the simple
// policy on both sides and returns it as a tape, with the hash of the
// state after every order (hashes[i] is after i orders).
func recorded(t *testing.T, id string, seed int64) (*Tape, []uint64) {
	t.Helper()
	l, err := scenario.Builtin(id)
	if err != nil {
		t.Fatal(err)
	}
	tape := &Tape{Title: id, Start: func() *game.State { return l.NewGame(seed) }}
	hashes := []uint64{game.Hash(l.NewGame(seed))}
	_, err = sim.Play(l.NewGame, seed, sim.Options{OnOrder: func(s *game.State, o game.Order) error {
		tape.Orders = append(tape.Orders, o)
		hashes = append(hashes, game.Hash(s))
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	return tape, hashes
}

func prepare(t *testing.T, tape *Tape) *Player {
	t.Helper()
	p, err := Prepare(context.Background(), tape, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Every position reached by stepping, stepping back or jumping in any
// order is the state the original game had after that many orders.
func TestSeekMatchesTheOriginalGame(t *testing.T) {
	tape, hashes := recorded(t, "kaifeng-1126", 3)
	p := prepare(t, tape)
	if p.Err() != nil || p.Len() != len(tape.Orders) {
		t.Fatalf("prepared %d of %d orders, err %v", p.Len(), len(tape.Orders), p.Err())
	}
	if got := game.Hash(p.Final()); got != hashes[len(hashes)-1] {
		t.Fatalf("final state differs from the game's")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(how string) {
		t.Helper()
		if got := game.Hash(p.State()); got != hashes[p.Pos()] {
			t.Fatalf("%s: state at %d differs from the original game's", how, p.Pos())
		}
	}
	for range 60 {
		switch rng.IntN(4) {
		case 0:
			p.Seek(rng.IntN(p.Len() + 1))
			check("seek")
		case 1:
			p.Step()
			check("step")
		case 2:
			p.Back()
			check("back")
		case 3:
			if rng.IntN(2) == 0 {
				p.NextTurn()
			} else {
				p.PrevTurn()
			}
			check("turn jump")
		}
	}
	p.Seek(p.Len())
	check("end")
	if p.Step() {
		t.Fatal("Step at the end of the tape reported a move")
	}
}

// Marks are the starts of the sides' turns: increasing, and each names the
// turn and side the game is at there.
func TestMarksAreTurnStarts(t *testing.T) {
	tape, _ := recorded(t, "caishi-1161", 5)
	p := prepare(t, tape)
	marks := p.Marks()
	if len(marks) < 3 {
		t.Fatalf("only %d turn marks", len(marks))
	}
	for i, m := range marks {
		if i > 0 && m.At <= marks[i-1].At {
			t.Fatalf("mark %d at %d is not after mark %d at %d", i, m.At, i-1, marks[i-1].At)
		}
		p.Seek(m.At)
		s := p.State()
		if s.Turn != m.Turn || s.ActiveSide() != m.Side || s.DateString() != m.Date {
			t.Fatalf("mark %d says turn %d %s %s, the game is at turn %d %s %s", i, m.Turn, m.Side, m.Date, s.Turn, s.ActiveSide(), s.DateString())
		}
		if p.MarkAt(m.At) != i {
			t.Fatalf("MarkAt(%d) = %d, want %d", m.At, p.MarkAt(m.At), i)
		}
		if i > 0 && m.At > 0 {
			if p.Order(m.At-1).Kind != game.EndTurn {
				t.Fatalf("mark %d does not follow an end of turn but %s", i, p.Order(m.At-1))
			}
		}
	}
	p.Seek(marks[2].At + 1)
	p.PrevTurn()
	if p.Pos() != marks[2].At {
		t.Fatalf("PrevTurn inside turn 3 went to %d, want %d", p.Pos(), marks[2].At)
	}
	p.PrevTurn()
	if p.Pos() != marks[1].At {
		t.Fatalf("PrevTurn at a turn's start went to %d, want %d", p.Pos(), marks[1].At)
	}
	p.NextTurn()
	if p.Pos() != marks[2].At {
		t.Fatalf("NextTurn went to %d, want %d", p.Pos(), marks[2].At)
	}
}

// A tape with an order the rules refuse ends before it and says why.
func TestRefusedOrderEndsTheTape(t *testing.T) {
	tape, _ := recorded(t, "caishi-1161", 2)
	bad := game.Order{Kind: game.Move, Unit: "no-such-unit", To: game.Hex{Col: 1, Row: 1}}
	cut := len(tape.Orders) / 2
	tape.Orders = append(tape.Orders[:cut:cut], append([]game.Order{bad}, tape.Orders[cut:]...)...)
	p := prepare(t, tape)
	if p.Err() == nil {
		t.Fatal("a refused order gave no error")
	}
	if p.Len() != cut {
		t.Fatalf("tape plays %d orders, want the %d before the refused one", p.Len(), cut)
	}
	p.Seek(p.Len() + 50)
	if p.Pos() != cut {
		t.Fatalf("seek past the end went to %d", p.Pos())
	}
}

// Scenario events' messages become cards at the order that caused them,
// and the tape's own cards keep their place.
func TestCards(t *testing.T) {
	tape, _ := recorded(t, "kaifeng-1126", 4)
	tape.Cards = []Card{{At: 0, Kind: CardNarration, Text: "opening"}, {At: 3, Kind: CardOrder, Text: "third"}}
	p := prepare(t, tape)
	if got := p.CardsAt(0); len(got) == 0 || got[0].Text != "opening" {
		t.Fatalf("cards at 0: %+v", got)
	}
	if got := p.CardsAt(3); len(got) == 0 || got[0].Text != "third" {
		t.Fatalf("cards at 3: %+v", got)
	}
	// The opening's scripted messages, before any order, are cards at 0.
	opening := tape.Start().Log
	for _, ev := range opening {
		if ev.Kind == game.EvMessage && !slices.ContainsFunc(p.CardsAt(0), func(c Card) bool { return c.Text == ev.Text }) {
			t.Fatalf("the opening message %q is not a card at 0", ev.Text)
		}
	}
	if !slices.ContainsFunc(opening, func(ev game.Event) bool { return ev.Kind == game.EvMessage }) {
		t.Fatal("kaifeng-1126 has no opening message to test with")
	}
	events := 0
	for _, c := range p.Cards() {
		if c.Kind != CardEvent || c.At == 0 {
			continue
		}
		events++
		p.Seek(c.At - 1)
		p.Step()
		found := false
		for _, ev := range p.Last() {
			found = found || ev.Text == c.Text
		}
		if !found {
			t.Fatalf("card %q at %d: the order there did not cause it (events %v)", c.Text, c.At, p.Last())
		}
	}
	if events == 0 {
		t.Fatal("no event became a card (the game ends with a game-over message at least)")
	}
	last := p.Cards()[len(p.Cards())-1]
	if last.At != p.Len() {
		t.Fatalf("the last card is at %d, not at the end of the game (%d)", last.At, p.Len())
	}
}

func TestPrepareReportsProgressAndStopsWhenCancelled(t *testing.T) {
	tape, _ := recorded(t, "kaifeng-1126", 1)
	var calls, lastDone, lastTotal int
	if _, err := Prepare(context.Background(), tape, func(done, total int) {
		calls++
		if done < lastDone {
			t.Fatalf("progress went back from %d to %d", lastDone, done)
		}
		lastDone, lastTotal = done, total
	}); err != nil {
		t.Fatal(err)
	}
	if calls < 2 || lastDone != lastTotal || lastTotal != len(tape.Orders) {
		t.Fatalf("progress: %d calls, last %d/%d, want done = total = %d", calls, lastDone, lastTotal, len(tape.Orders))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Prepare(ctx, tape, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled prepare returned %v", err)
	}
}

func BenchmarkSeekBack(b *testing.B) {
	l, err := scenario.Builtin("kaifeng-1126")
	if err != nil {
		b.Fatal(err)
	}
	tape := &Tape{Start: func() *game.State { return l.NewGame(1) }}
	if _, err := sim.Play(l.NewGame, 1, sim.Options{OnOrder: func(_ *game.State, o game.Order) error {
		tape.Orders = append(tape.Orders, o)
		return nil
	}}); err != nil {
		b.Fatal(err)
	}
	p, err := Prepare(context.Background(), tape, nil)
	if err != nil {
		b.Fatal(err)
	}
	p.Seek(p.Len())
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		p.Seek(p.Len() - 1 - i%50)
		p.Seek(p.Len())
	}
}
