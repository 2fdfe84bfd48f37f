// End-to-end test of the browser build in real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core; no browser is downloaded).
//
// It serves web/dist (build it first: bash scripts/web.sh build), loads the
// page, waits for the title screen, opens Caishi with the keyboard, moves a
// unit with the mouse, ends the turn, and checks both the screenshots
// (they change where the unit was and went, not elsewhere) and the state
// the game reports through window.jinsong. Then it checks that settings
// and saved games outlive a reload (localStorage), that scenario files open
// through the file dialog and by dropping them, with the loader's messages,
// and what the page says when the download fails.
//
//   node web/test/e2e.mjs
//
// Environment: CHROMIUM (default /usr/bin/chromium), JINSONG_WEB_DIST (the
// built site, default web/dist), JINSONG_WEB_SHOTS (where screenshots go,
// default web/test/out).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { changed, decode, distinctColours } from "./png.mjs";
import { serve } from "./server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const dist = process.env.JINSONG_WEB_DIST || join(repo, "web/dist");
const shots = process.env.JINSONG_WEB_SHOTS || join(here, "out");
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const W = 1280, H = 800;

// The flags of ../../shared/notes/ebiten-on-this-machine.md; Playwright adds
// --headless, and --user-data-dir is the fresh folder of launchPersistentContext.
const flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--use-angle=swiftshader", "--enable-unsafe-swiftshader"];

// The keys the game uses in localStorage (see internal/store).
const settingsKey = "jinsong:config/jinsong/settings.json";
const savesPrefix = "jinsong:data/jinsong/saves/";

/** stored lists the game's saves in localStorage: file name → parsed save. */
const stored = (page) => page.evaluate((prefix) => {
  const out = {};
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k.startsWith(prefix)) out[k.slice(prefix.length)] = JSON.parse(localStorage.getItem(k).split("\n").slice(1).join("\n"));
  }
  return out;
}, savesPrefix);

const byID = (units) => [...units].sort((a, b) => a.id.localeCompare(b.id));

const figures = {};

/** frames waits for n animation frames of the page. */
const frames = (page, n) => page.evaluate((n) => new Promise((done) => {
  let k = 0;
  const step = () => (++k >= n ? done() : requestAnimationFrame(step));
  requestAnimationFrame(step);
}), n);

const state = (page) => page.evaluate(() => window.jinsong.state());

/** until waits for pred(state) to hold, polling the game's state. */
async function until(page, what, pred, timeout = 60000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await page.evaluate(() => window.jinsong ? window.jinsong.state() : null);
    if (last && pred(last)) return last;
    if (Date.now() > end) {
      const brief = last && { ...last, units: last.units && `${last.units.length} units`, reach: last.reach && `${last.reach.length} hexes` };
      throw new Error(`timed out waiting for ${what}; the game reports ${JSON.stringify(brief)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** press holds a key for a few frames, as a person does, so the game sees it. */
async function press(page, key) {
  await page.keyboard.down(key);
  await frames(page, 3);
  await page.keyboard.up(key);
  await frames(page, 3);
}

async function click(page, x, y) {
  await page.mouse.move(x, y);
  await frames(page, 3);
  await page.mouse.down();
  await frames(page, 3);
  await page.mouse.up();
  await frames(page, 3);
}

/** shot saves a screenshot as NAME.png and returns it decoded. */
async function shot(page, name) {
  const buf = await page.screenshot();
  await writeFile(join(shots, name + ".png"), buf);
  return decode(buf);
}

const box = (p, r) => ({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
const same = (a, b) => a.col === b.col && a.row === b.row;

test("the browser build plays a turn in headless Chromium", { timeout: 20 * 60 * 1000 }, async (t) => {
  await mkdir(shots, { recursive: true });
  const wasm = await stat(join(dist, "jinsong.wasm")).catch(() => null);
  assert.ok(wasm, `${dist}/jinsong.wasm is missing: build the site first with bash scripts/web.sh build`);
  const site = await serve(dist);
  const profile = await mkdtemp(join(tmpdir(), "jinsong-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args: flags, viewport: { width: W, height: H }, deviceScaleFactor: 1,
  });
  const errors = [], logs = [];
  const watch = (page) => {
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("response", (r) => { if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`); });
    page.on("console", (m) => {
      logs.push(`${m.type()}: ${m.text()}`);
      // (a failed load names no address here: the response above does)
      if (m.type() === "error" && !/dbus|GPU stall|ReadPixels|Failed to load resource/i.test(m.text())) errors.push(m.text());
    });
  };
  // Start with the computer at its fastest (settings read from localStorage),
  // once per tab: a reload keeps what the game saved.
  await context.addInitScript((key) => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(key, 't0\n{"ui_scale": 1, "fullscreen": false, "ai_speed": 3}\n');
    }
  }, settingsKey);
  // The longest wait between two animation frames after the title shows:
  // how long the page stops answering while the scenarios load.
  await context.addInitScript(() => {
    let last = 0;
    window.__longestFrame = 0;
    const tick = (now) => {
      if (last && performance.getEntriesByName("jinsong:title").length) window.__longestFrame = Math.max(window.__longestFrame, now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  try {
    const page = await context.newPage();
    watch(page);

    await t.test("title screen (a first visit: nothing cached)", async () => {
      const t0 = Date.now();
      await page.goto(site.url);
      await page.waitForFunction(() => window.jinsong && window.jinsong.screen() === "title", null, { timeout: 180000, polling: 50 });
      figures.titleWallMs = Date.now() - t0;
      const s = await until(page, "the title's map", (s) => s.ready, 120000);
      figures.marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, Math.round(m.startTime)])));
      figures.longestFrameAfterTitleMs = Math.round(await page.evaluate(() => window.__longestFrame));
      assert.equal(s.settings.ai_speed, 3, "the settings in localStorage were read");
      const load = await page.evaluate(() => ({ ...window.jinsongLoad, cover: getComputedStyle(document.getElementById("cover")).display }));
      assert.equal(load.received, wasm.size);
      assert.ok(load.updates >= 2, "progress was shown as the bytes came");
      assert.equal(load.cover, "none", "the loading screen is gone");
      await frames(page, 10);
      const img = await shot(page, "1-title");
      assert.equal(img.width, W);
      assert.ok(distinctColours(img) > 100, "the title screen is a picture, not a blank canvas");
    });

    await t.test("open Caishi with the keyboard", async () => {
      await page.mouse.move(4, 4);
      await press(page, "Enter");
      let s = await until(page, "the scenario list", (s) => s.screen === "scenarios");
      const want = s.scenarios.indexOf("caishi-1161");
      assert.ok(want >= 0, `caishi-1161 is listed: ${s.scenarios}`);
      for (let i = s.scenarios.indexOf(s.chosen); i !== want; i += want > i ? 1 : -1) {
        await press(page, want > i ? "ArrowDown" : "ArrowUp");
      }
      s = await until(page, "Caishi chosen", (s) => s.chosen === "caishi-1161");
      await shot(page, "2-scenarios");
      await press(page, "Enter");
      await until(page, "the sides screen", (s) => s.screen === "sides" && s.scenario === "caishi-1161");
      await press(page, "Enter");
      s = await until(page, "the first turn, ready for a person", (s) => s.screen === "play" && s.person && s.ready && !s.dialog, 120000);
      assert.equal(s.scenario, "caishi-1161");
      assert.equal(s.turn, 1);
      await shot(page, "3-play");
    });

    let mover, from, to, before, turn2, savedAs;
    await t.test("move a unit with the mouse", async () => {
      let s = await state(page);
      const side = s.side;
      // N selects the next unit that can act; find one that can move.
      for (let i = 0; i < 12 && !(s.selected && s.reach && s.reach.length); i++) {
        await press(page, "n");
        s = await state(page);
      }
      assert.ok(s.selected && s.reach.length, "a unit that can move was selected");
      mover = s.units.find((u) => u.id === s.selected);
      assert.equal(mover.side, side);
      from = mover.at;
      const fromPt = await page.evaluate(([c, r]) => window.jinsong.hexPoint(c, r), [from.col, from.row]);
      // The reachable hex farthest on screen, inside the map, with no unit on it.
      let best = null;
      for (const h of s.reach) {
        if (s.units.some((u) => same(u.at, h))) continue;
        const p = await page.evaluate(([c, r]) => window.jinsong.hexPoint(c, r), [h.col, h.row]);
        if (!p || p.x < 40 || p.x > W - 470 || p.y < 100 || p.y > H - 60) continue;
        const d = Math.hypot(p.x - fromPt.x, p.y - fromPt.y);
        if (d > 30 && (!best || d > best.d)) best = { h, p, d };
      }
      assert.ok(best, `no reachable hex of ${mover.id} shows on the map`);
      to = best.h;
      const park = { x: 6, y: 30 };
      await page.mouse.move(park.x, park.y);
      await frames(page, 30);
      before = await shot(page, "4-before-move");
      await click(page, best.p.x, best.p.y);
      s = await until(page, `${mover.id} at ${to.col},${to.row}`, (s) => s.units.some((u) => u.id === mover.id && same(u.at, to)), 10000);
      await page.mouse.move(park.x, park.y);
      await frames(page, 30);
      const after = await shot(page, "5-after-move");
      const atFrom = changed(before, after, box(fromPt, 16));
      const atTo = changed(before, after, box(best.p, 16));
      const bar = changed(before, after, { x: 0, y: 0, w: 300, h: 50 });
      figures.moveDiff = { from: +atFrom.toFixed(2), to: +atTo.toFixed(2), turnText: +bar.toFixed(3) };
      assert.ok(atFrom > 0.1, `the screen changed where the unit was (${atFrom})`);
      assert.ok(atTo > 0.1, `the screen changed where the unit went (${atTo})`);
      assert.ok(bar < 0.01, `the turn and date did not change (${bar})`);
      const moved = s.units.find((u) => u.id === mover.id);
      assert.equal(moved.strength, mover.strength, "a move costs no men");
    });

    await t.test("end the turn; the computer plays Song", async () => {
      const s0 = await state(page);
      const others = s0.units.filter((u) => u.side !== s0.side).map((u) => `${u.id}@${u.at.col},${u.at.row}`);
      await press(page, "Enter");
      const s = await until(page, "the next turn", (s) => s.turn === s0.turn + 1 && s.side === s0.side && s.person && s.ready && !s.dialog, 300000);
      assert.notEqual(s.date, s0.date, "the date moved on");
      turn2 = s;
      const saves = await stored(page);
      assert.equal(saves["autosave.json"]?.turn, 2, "the game autosaved at the start of turn 2");
      assert.equal(saves["autosave-1.json"]?.turn, 1, "the autosave of turn 1 was kept");
      const nowOthers = s.units.filter((u) => u.side !== s.side).map((u) => `${u.id}@${u.at.col},${u.at.row}`);
      figures.computerMoved = nowOthers.filter((x) => !others.includes(x)).length;
      await page.mouse.move(6, 30);
      await frames(page, 30);
      const next = await shot(page, "6-next-turn");
      const bar = changed(before, next, { x: 0, y: 0, w: 300, h: 50 });
      assert.ok(bar > 0.01, `the top bar shows the new turn and date (${bar})`);
    });

    await t.test("save the game with Ctrl+S (localStorage)", async () => {
      await page.keyboard.down("Control");
      await press(page, "s");
      await page.keyboard.up("Control");
      const end = Date.now() + 10000;
      let saves = {};
      while (!savedAs && Date.now() < end) {
        saves = await stored(page);
        savedAs = Object.keys(saves).find((n) => /^caishi-1161-t2-.*\.json$/.test(n));
        if (!savedAs) await frames(page, 5);
      }
      assert.ok(savedAs, `a save of turn 2 in localStorage: ${Object.keys(saves)}`);
      assert.equal(saves[savedAs].format, "jinsong-save");
      assert.equal(saves[savedAs].scenario.id, "caishi-1161");
    });

    await t.test("settings outlive a reload (localStorage)", async () => {
      await press(page, "F11"); // full screen on or off: the game saves its settings
      const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), settingsKey)).split("\n").slice(1).join("\n"));
      const now = (await state(page)).settings;
      assert.equal(saved.fullscreen, now.fullscreen, "the game wrote its settings to localStorage");
      assert.equal(saved.ai_speed, 3);
      await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
      await page.reload();
      await page.waitForFunction(() => window.jinsong && window.jinsong.screen() === "title", null, { timeout: 180000, polling: 50 });
      const s = await until(page, "the title's map", (s) => s.ready, 120000);
      assert.deepEqual(s.settings, now, "the settings came back after the reload");
    });

    const ford = await readFile(join(repo, "internal/save/testdata/ford.toml"), "utf8");
    await t.test("a scenario file with a mistake, opened with the file dialog, shows the loader's message", async () => {
      const broken = ford.replace('class = "heavy_cavalry"', 'class = "war_elephants"');
      assert.notEqual(broken, ford);
      await page.setInputFiles("#open-file", { name: "broken.toml", mimeType: "text/plain", buffer: Buffer.from(broken) });
      const s = await until(page, "the broken file in the scenario list", (s) => s.screen === "scenarios" && s.chosen === "file:broken.toml" && s.problem);
      assert.match(s.problem, /^broken\.toml:\d+:\d+: .*war_elephants/);
      figures.brokenMessage = s.problem.split("\n")[0];
      const note = await page.evaluate(() => document.getElementById("note").textContent);
      assert.match(note, /broken\.toml does not load/);
      await frames(page, 10);
      await shot(page, "7-opened-broken");
    });

    await t.test("a scenario file dropped on the page opens and plays", async () => {
      await page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "ford.toml", { type: "text/plain" }));
        for (const type of ["dragenter", "dragover", "drop"]) {
          document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
      }, ford);
      let s = await until(page, "the dropped file chosen", (s) => s.screen === "scenarios" && s.chosen === "file:ford.toml");
      assert.equal(s.problem, undefined, "it loads");
      assert.ok(s.scenarios.includes("file:broken.toml"), "the file opened before is still listed");
      await frames(page, 10);
      await shot(page, "8-dropped");
      await press(page, "Enter");
      await until(page, "the sides screen", (s) => s.screen === "sides" && s.scenario === "ford");
      await press(page, "Enter");
      s = await until(page, "the dropped scenario in play", (s) => s.screen === "play" && s.ready && s.person, 120000);
      assert.equal(s.scenario, "ford");
      await shot(page, "9-dropped-play");
      // A game of an opened file can be saved too (it names the file it needs).
      await page.keyboard.down("Control");
      await press(page, "s");
      await page.keyboard.up("Control");
      let saved;
      for (let i = 0; i < 20 && !saved; i++) {
        saved = Object.entries(await stored(page)).find(([n]) => n.startsWith("ford-t1-"));
        if (!saved) await frames(page, 5);
      }
      assert.ok(saved, "the game of the dropped file was saved");
      assert.equal(saved[1].scenario.path, "opened:ford.toml");
    });

    await t.test("the saved game outlives a reload and loads", async () => {
      await page.reload();
      await page.waitForFunction(() => window.jinsong && window.jinsong.screen() === "title", null, { timeout: 180000, polling: 50 });
      await until(page, "the title's map", (s) => s.ready, 120000);
      await page.mouse.move(4, 4);
      await press(page, "l");
      let s = await until(page, "the list of saved games", (s) => s.screen === "load");
      const want = s.saves.indexOf(savedAs);
      assert.ok(want >= 0, `${savedAs} is listed: ${s.saves}`);
      for (let i = s.saves.indexOf(s.chosen); i !== want; i += want > i ? 1 : -1) {
        await press(page, want > i ? "ArrowDown" : "ArrowUp");
      }
      await until(page, `${savedAs} chosen`, (s) => s.chosen === savedAs);
      await shot(page, "10-saved-games");
      await press(page, "Enter");
      s = await until(page, "the saved game", (s) => s.screen === "play" && s.ready && s.person && !s.dialog, 120000);
      assert.equal(s.scenario, "caishi-1161");
      assert.equal(s.turn, turn2.turn);
      assert.deepEqual(byID(s.units), byID(turn2.units), "every unit where it was when the game was saved");
      await shot(page, "11-loaded");
    });

    await t.test("the loading screen counts the download", async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: 4 << 20, uploadThroughput: 1 << 20 });
      await page.goto(site.url);
      await page.waitForFunction(() => window.jinsongLoad && jinsongLoad.total > 0 && jinsongLoad.received > jinsongLoad.total / 3, null, { timeout: 60000, polling: 50 });
      await shot(page, "0-loading");
      const bar = await page.evaluate(() => ({
        width: parseFloat(document.getElementById("fill").style.width),
        status: document.getElementById("status").textContent,
        load: { ...window.jinsongLoad },
      }));
      assert.ok(bar.width > 20 && bar.width < 100, `the progress bar is at ${bar.width}%`);
      assert.match(bar.status, /Downloading the game… [\d.]+ MB of [\d.]+ MB/);
      assert.equal(bar.load.total, wasm.size, "the total is the .wasm's size");
      await page.close();
    });

    await t.test("a failed download says so", async () => {
      const page = await context.newPage();
      await page.route("**/jinsong.wasm*", (route) => route.fulfill({ status: 404, body: "not found" }));
      await page.goto(site.url);
      await page.waitForFunction(() => getComputedStyle(document.getElementById("error")).display !== "none", null, { timeout: 60000 });
      const text = await page.evaluate(() => document.getElementById("error").innerText);
      assert.match(text, /could not be downloaded/);
      assert.match(text, /jinsong\.wasm.*404/);
      await shot(page, "12-download-failed");
      await page.close();
    });

    assert.deepEqual(errors, [], "no errors in the page");
  } catch (e) {
    console.log("the page's last console lines:\n" + logs.slice(-30).join("\n"));
    throw e;
  } finally {
    await context.close();
    await site.close();
    await rm(profile, { recursive: true, force: true });
  }
  const raw = await readFile(join(dist, "jinsong.wasm"));
  figures.wasmBytes = raw.length;
  figures.wasmGzipBytes = gzipSync(raw, { level: 9 }).length;
  console.log("figures: " + JSON.stringify(figures));
});
