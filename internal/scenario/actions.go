package scenario

import (
	"jinsong/game"
)

// maxActions is the most [[actions]] a scenario may have.
const maxActions = 200

// actionsCheck checks the [[actions]] and builds them. It runs before the
// events, whose triggers may name actions.
func (b *builder) actionsCheck() {
	d := b.d
	b.actions = map[string]bool{}
	if len(b.f.Actions) > maxActions {
		d.errf("actions", "too many actions: %d (at most %d)", len(b.f.Actions), maxActions)
		return
	}
	for i, def := range b.f.Actions {
		p := indexPath("actions", i)
		if d.require(joinKey(p, "id"), "the action's id") {
			checkID(d, joinKey(p, "id"), def.ID)
			if b.actions[def.ID] {
				d.errf(joinKey(p, "id"), "action `%s` is defined twice", def.ID)
			}
			b.actions[def.ID] = true
		}
		if def.Name == "" {
			d.require(joinKey(p, "name"), "the action's name shown to players")
		}
		sideOK := b.sideRef(joinKey(p, "side"), def.Side, false)
		lp := joinKey(p, "leader")
		switch l := b.leaders[def.Leader]; {
		case def.Leader == "":
			d.require(lp, "the leader who must carry it out")
		case l == nil:
			d.errf(lp, "unknown leader `%s`%s", def.Leader, didYouMean(def.Leader, sortedKeys(b.leaders)))
		case sideOK && l.Side != def.Side:
			d.errf(lp, "leader `%s` serves side `%s`, not `%s`", def.Leader, l.Side, def.Side)
		}
		b.placeRef(joinKey(p, "place"), def.Place)
		checkRange(d, joinKey(p, "cost"), def.Cost, -maxPoints, maxPoints)
		a := game.ActionDef{ID: def.ID, Name: def.Name, Side: def.Side, Leader: def.Leader, Place: def.Place,
			Text: def.Text, Cost: def.Cost}
		ep := joinKey(p, "effects")
		switch {
		case len(def.Effects) == 0 && !d.suppressed(ep):
			d.errf(p, "action `%s` has no effects (add [[actions.effects]] tables)", def.ID)
		case len(def.Effects) > maxEffects:
			d.errf(ep, "too many effects: %d (at most %d)", len(def.Effects), maxEffects)
		default:
			for j, e := range def.Effects {
				a.Effects = append(a.Effects, b.effect(indexPath(ep, j), e))
			}
		}
		b.actionList = append(b.actionList, a)
	}
}

// actionRef checks that id at path names an action.
func (b *builder) actionRef(path, id string) {
	if !b.actions[id] {
		b.d.errf(path, "unknown action `%s`%s", id, didYouMean(id, sortedKeys(b.actions)))
	}
}
