// Command jinsong-web is Jin–Song Wars in a web page: the desktop's game
// window (package client) compiled to WebAssembly, with the scenarios of
// package catalog. Settings go to the browser's storage (package store);
// scenario files come from the page's file dialog or are dropped on it.
//
// It only runs in a browser. Build the site and serve it on localhost with
//
//	bash scripts/web.sh          # build into web/dist and serve it
//	bash scripts/web.sh build    # only build
//
// The page (web/index.html) downloads the .wasm with a progress bar, then
// starts it. The program gives the page window.jinsong, a small hook for
// tests and for the page itself: state(), screen(), hexPoint(col, row)
// and openFiles(files).
package main
