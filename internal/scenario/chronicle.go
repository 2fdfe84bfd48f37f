package scenario

import "slices"

const (
	// maxHistoryOrders is the most [[history.orders]] a scenario may have.
	maxHistoryOrders = 5000
	// maxNarration is the most [[history.narration]] cards.
	maxNarration = 2000
)

// historyOrderKinds are the orders [[history.orders]] may give, and what
// each needs besides its unit.
var historyOrderKinds = map[string]struct{ place, target bool }{
	"move":      {place: true},
	"attack":    {target: true},
	"assault":   {place: true},
	"bombard":   {target: true},
	"blockade":  {place: true},
	"sally":     {target: true},
	"embark":    {target: true},
	"disembark": {place: true},
	"fortify":   {},
	"rest":      {},
	"action":    {target: true},
}

// historyOrdersCheck checks the recorded moves and narration of the
// [history] table. It runs after the units and actions are known.
func (b *builder) historyOrdersCheck() {
	d, h := b.d, &b.f.History
	if len(h.Orders) > maxHistoryOrders {
		d.errf("history.orders", "too many recorded orders: %d (at most %d)", len(h.Orders), maxHistoryOrders)
		return
	}
	if len(h.Narration) > maxNarration {
		d.errf("history.narration", "too many narration cards: %d (at most %d)", len(h.Narration), maxNarration)
		return
	}
	kinds := make([]string, 0, len(historyOrderKinds))
	for k := range historyOrderKinds {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for i, o := range h.Orders {
		p := indexPath("history.orders", i)
		if d.require(joinKey(p, "turn"), "the turn the order is given in") {
			b.turnCheck(joinKey(p, "turn"), o.Turn, 1)
		}
		if d.require(joinKey(p, "unit"), "the unit that carries it out") {
			b.unitRef(joinKey(p, "unit"), o.Unit)
		}
		kind := o.Order
		if kind == "" {
			kind = "move"
		}
		need, ok := historyOrderKinds[kind]
		if !ok {
			d.errf(joinKey(p, "order"), "unknown order `%s`%s", o.Order, didYouMean(o.Order, kinds))
			continue
		}
		b.historyWhere(p, kind, o, need.place)
		if need.target {
			b.historyTarget(p, kind, o)
		}
		if o.Weapon != "" && b.rules.Weapons[o.Weapon] == nil {
			d.errf(joinKey(p, "weapon"), "unknown weapon `%s`%s", o.Weapon, didYouMean(o.Weapon, sortedKeys(b.rules.Weapons)))
		}
		if kind == "bombard" && o.Weapon == "" {
			d.require(joinKey(p, "weapon"), "the weapon the bombard fires")
		}
	}
	for i, c := range h.Narration {
		p := indexPath("history.narration", i)
		if d.require(joinKey(p, "turn"), "the turn the card opens") {
			b.turnCheck(joinKey(p, "turn"), c.Turn, 1)
		}
		if c.Text == "" {
			d.require(joinKey(p, "text"), "what the card says")
		}
	}
}

// historyWhere checks the place or hex of a recorded order: orders that
// need one must have exactly one of place and at.
func (b *builder) historyWhere(p, kind string, o HistoryOrder, needed bool) {
	d := b.d
	pp, ap := joinKey(p, "place"), joinKey(p, "at")
	switch {
	case o.Place != "" && o.At != nil:
		d.errf(ap, "give either place or at, not both")
	case o.Place != "":
		b.placeRef(pp, o.Place)
	case o.At != nil:
		b.hexAt(ap, o.At)
	case needed && !d.suppressed(pp) && !d.suppressed(ap):
		d.errf(p, "a recorded %s needs a place or at [col, row] (where it goes or strikes)", kind)
	}
}

// historyTarget checks the target of a recorded order: a unit, or an
// action id for an action.
func (b *builder) historyTarget(p, kind string, o HistoryOrder) {
	tp := joinKey(p, "target")
	if kind == "action" {
		if d := b.d; d.require(tp, "the id of the action") {
			b.actionRef(tp, o.Target)
		}
		return
	}
	if kind != "embark" && o.Target == "" {
		if o.Place == "" && o.At == nil {
			b.d.errf(p, "a recorded %s needs a target unit, a place or at [col, row]", kind)
		}
		return // attack, bombard and sally may name the hex instead
	}
	if b.d.require(tp, "the id of the unit") {
		b.unitRef(tp, o.Target)
	}
}
