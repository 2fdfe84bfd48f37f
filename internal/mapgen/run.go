package mapgen

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
)

// RunOptions are the settings of the mapgen command.
type RunOptions struct {
	GeoDir  string // the shared geo folder
	Out     string // the map file to write
	Preview string // PNG to draw the map into ("" for none)
	View    PreviewOptions
	// From, when set, skips generation: the preview is drawn from this
	// existing map file (no shared geo folder needed).
	From string
}

// Run builds the China map from opts.GeoDir, writes it to opts.Out and,
// if asked, draws the preview. Warnings go to log.
func Run(opts RunOptions, log io.Writer) error {
	if opts.From != "" {
		return previewFile(opts.From, opts.Preview, opts.View)
	}
	src, err := LoadSource(opts.GeoDir)
	if err != nil {
		return fmt.Errorf("reading %s: %w", opts.GeoDir, err)
	}
	res, err := Build(src, China())
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(log, "warning:", w)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, res.MapFile()); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(opts.Out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(opts.Out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(log, "wrote %s: %d×%d hexes of %g km, %d places, %d lines\n",
		opts.Out, res.Grid.Cols, res.Grid.Rows, res.cfg.HexKm, len(res.Sites), len(res.Lines))
	if opts.Preview == "" {
		return nil
	}
	board, err := ReadMap(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return fmt.Errorf("reading back the map: %w", err)
	}
	return WritePreview(board, opts.Preview, opts.View)
}

func previewFile(mapPath, pngPath string, opt PreviewOptions) error {
	if pngPath == "" {
		return fmt.Errorf("-from needs -preview")
	}
	f, err := os.Open(mapPath)
	if err != nil {
		return err
	}
	defer f.Close()
	board, err := ReadMap(f)
	if err != nil {
		return fmt.Errorf("%s: %w", mapPath, err)
	}
	return WritePreview(board, pngPath, opt)
}

// WritePreview draws board into a PNG file.
func WritePreview(board *Board, path string, opt PreviewOptions) error {
	colours, err := StandardColours()
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, Preview(board, colours, opt)); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
