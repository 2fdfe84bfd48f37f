package mapgen

// This file holds the data of the game's map: north and south China in the
// 12th century. Hand-placed coordinates are approximate (about 0.1°, i.e.
// half a hex); they mark features the Natural Earth data lacks or gets wrong
// for the period.

// China returns the configuration of the game's strategic map.
func China() *Config {
	return &Config{
		Name:   "North and South China, 1115–1234",
		Source: "Natural Earth 1:10m (public domain) with hand-digitised 12th-century rivers, canals, coast and border; see SOURCES.md",
		// Huining (the first Jin capital, 127.0°E) sets the east edge.
		Box:           Box{LonMin: 100, LonMax: 128, LatMin: 22, LatMax: 48},
		HexKm:         20,
		SeaPolygons:   [][]LonLat{jiangsuSea},
		MinIslandArea: 3,
		Lakes: map[string]LakeRule{
			"yes":     {Coverage: 0.5},
			"larger":  {Coverage: 0.3, Grow: true},
			"smaller": {Coverage: 0.75},
		},
		BaseLayers: chinaBaseLayers,
		RegionByClass: map[string]RegionRule{
			"Range/mtn": {Mountains, Hills},
			"Plateau":   {Hills, 0},
			"Desert":    {Steppe, 0},
			"Plain":     {Plain, 0},
			"Basin":     {Plain, 0},
			"Gorge":     {Mountains, Hills},
			"Geoarea":   {Steppe, 0},
		},
		RegionByName: map[string]RegionRule{
			"Plateau of Tibet":     {Mountains, Hills}, // the Hengduan and Longmen ranges
			"Mongolian Plateau":    {Steppe, 0},        // grassland, horse country
			"Lesser Khingan Range": {Forest, 0},
			"Dabie Mts.":           {Hills, 0}, // coarse outline; the high core is a layer
			"Lüliang Mts.":         {Mountains, 0},
			"Yin Mts.":             {}, // a sliver, not an outline: drawn as a layer instead
		},
		Layers:          append(append([]Layer(nil), chinaRangeLayers...), chinaLowlandLayers...),
		Waterways:       chinaWaterways,
		Banks:           chinaBanks,
		Fords:           chinaFords,
		HistoricalLines: []HistoricalLine{{"coast", "coast"}, {"border", "border"}},
	}
}

func ll(lon, lat float64) *LonLat { return &LonLat{lon, lat} }

// jiangsuSea is the sea east of the 12th-century Jiangsu coast (the Fan Gong
// sea-wall line of historical.geojson, Haizhou to Tongzhou), closed round
// the later accretion and Chongming's sandbanks.
var jiangsuSea = []LonLat{
	{119.3, 34.62}, {119.55, 34.45}, {119.9, 34.25}, {120.05, 33.95}, {120.15, 33.4},
	{120.3, 32.85}, {120.45, 32.55}, {120.7, 32.2}, {120.9, 32.0}, {121.05, 31.8},
	{121.9, 31.45}, {123.5, 31.45}, {123.5, 34.75}, {119.5, 34.75},
}

// chinaBaseLayers set the default terrain before the regions: the hilly
// south (north edge roughly along the Yangtze) and Korea.
var chinaBaseLayers = []Layer{
	{Name: "Southern uplands", Terrain: Hills, Polygon: []LonLat{
		{100, 21}, {100, 31.0}, {111.6, 31.0}, {113.5, 30.9}, {115.5, 30.6}, {117.0, 30.9},
		{118.3, 31.3}, {118.9, 31.85}, {119.3, 31.75}, {119.7, 31.2}, {119.9, 30.6},
		{120.2, 30.15}, {121.0, 30.0}, {122.5, 30.1}, {123.5, 29.8}, {123.5, 21},
	}},
	{Name: "Korea", Terrain: Hills, Polygon: []LonLat{
		{124.3, 39.8}, {125.2, 40.45}, {126.0, 40.9}, {126.8, 41.45}, {127.5, 41.6},
		{128.5, 42.0}, {128.5, 33.5}, {125.5, 33.5}, {124.5, 37.0}, {124.0, 38.0},
	}},
}

// chinaRangeLayers add ranges missing from the Natural Earth regions and
// the forests of the north-east.
var chinaRangeLayers = []Layer{
	{Name: "Yin Mountains", Terrain: Mountains, Polygon: []LonLat{
		{106.7, 41.0}, {107.5, 40.85}, {108.7, 40.75}, {109.7, 40.7}, {110.5, 40.75},
		{111.5, 40.8}, {112.5, 40.9}, {113.3, 41.1}, {113.2, 41.45}, {112.0, 41.35},
		{110.5, 41.2}, {109.0, 41.2}, {107.6, 41.5}, {106.8, 41.5},
	}},
	{Name: "Yan Mountains", Terrain: Mountains, Fringe: Hills, Polygon: []LonLat{
		{115.5, 40.6}, {116.0, 40.25}, {116.8, 40.35}, {117.5, 40.15}, {118.4, 40.2},
		{119.2, 40.0}, {119.7, 40.05}, {119.5, 40.6}, {118.5, 40.9}, {117.5, 41.0},
		{116.5, 41.1}, {115.8, 41.0},
	}},
	{Name: "Liaoxi hills", Terrain: Hills, Polygon: []LonLat{
		{118.3, 40.9}, {119.5, 40.6}, {120.5, 41.1}, {121.3, 41.6}, {121.0, 42.4},
		{120.0, 42.3}, {119.0, 42.0}, {118.3, 41.6},
	}},
	{Name: "Taishan and Yimeng hills", Terrain: Hills, Polygon: []LonLat{
		{116.7, 36.3}, {117.3, 36.45}, {118.2, 36.45}, {118.7, 36.05}, {118.9, 35.4},
		{118.4, 35.2}, {117.8, 35.3}, {117.2, 35.6}, {116.9, 35.9},
	}},
	{Name: "Jiaodong hills", Terrain: Hills, Polygon: []LonLat{
		{120.2, 37.0}, {120.7, 37.45}, {121.5, 37.5}, {122.3, 37.2}, {121.8, 36.9},
		{121.0, 36.6}, {120.4, 36.4},
	}},
	{Name: "Daba Mountains", Terrain: Mountains, Fringe: Hills, Polygon: []LonLat{
		{106.0, 32.6}, {107.3, 32.55}, {108.5, 32.3}, {109.5, 32.05}, {110.3, 31.8},
		{110.5, 31.3}, {109.3, 31.4}, {108.2, 31.6}, {107.0, 31.9}, {106.0, 32.1},
	}},
	{Name: "Wudang and Shennongjia", Terrain: Mountains, Fringe: Hills, Polygon: []LonLat{
		{110.3, 31.8}, {110.6, 32.4}, {111.2, 32.55}, {111.6, 32.3}, {111.5, 31.5},
		{111.0, 31.2}, {110.5, 31.3},
	}},
	{Name: "Wuling Mountains", Terrain: Mountains, Fringe: Hills, Polygon: []LonLat{
		{108.6, 29.8}, {109.7, 30.1}, {110.6, 29.6}, {110.9, 28.8}, {110.2, 28.0},
		{109.2, 27.7}, {108.6, 28.4},
	}},
	{Name: "Tianmu and Huangshan", Terrain: Mountains, Fringe: Hills, Polygon: []LonLat{
		{117.6, 30.35}, {118.6, 30.55}, {119.6, 30.6}, {119.8, 30.3}, {119.3, 29.9},
		{118.4, 29.7}, {117.6, 29.8},
	}},
	{Name: "Dabie core", Terrain: Mountains, Polygon: []LonLat{
		{115.0, 31.0}, {115.3, 31.5}, {115.9, 31.6}, {116.6, 31.2}, {116.4, 30.8}, {115.6, 30.7},
	}},
	{Name: "Changbai forests", Terrain: Forest, Over: ".h", Polygon: []LonLat{
		{124.6, 40.9}, {125.6, 41.5}, {126.3, 42.3}, {126.8, 43.3}, {127.3, 44.3},
		{128.0, 45.0}, {128.5, 45.0}, {128.5, 41.9}, {127.5, 41.6}, {126.8, 41.45},
		{126.0, 40.9}, {125.2, 40.45},
	}},
}

// chinaLowlandLayers make the rice lowlands south of the Huai paddy and the
// wetlands of the lower Huai and the Liangshan marsh marsh.
var chinaLowlandLayers = []Layer{
	{Name: "Jiangnan and Tai Lake plain", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{119.25, 32.15}, {119.6, 32.05}, {120.3, 31.95}, {121.0, 31.8}, {121.9, 31.45},
		{121.95, 30.85}, {121.2, 30.7}, {120.7, 30.35}, {120.1, 30.2}, {119.85, 30.55},
		{119.85, 31.0}, {119.55, 31.3}, {119.2, 31.7},
	}},
	{Name: "Hangzhou Bay south shore", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{120.05, 30.25}, {120.7, 30.1}, {121.2, 30.2}, {121.7, 30.0}, {121.85, 29.75},
		{121.3, 29.7}, {120.8, 29.85}, {120.4, 29.95}, {120.05, 30.05},
	}},
	{Name: "Lower Yangtze plain", Terrain: Paddy, Over: ".h",
		Band: &Band{Waterway: "Yangtze", LonMin: 115.5, LonMax: 119.6, Width: 1.6}},
	{Name: "Jianghan plain", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{111.9, 30.6}, {112.4, 30.95}, {113.0, 31.05}, {113.6, 30.95}, {114.3, 30.75},
		{114.4, 30.4}, {113.8, 30.0}, {113.2, 29.75}, {112.5, 29.95}, {112.0, 30.2},
	}},
	{Name: "Dongting plain", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{111.6, 29.6}, {112.3, 29.95}, {113.0, 29.6}, {113.15, 29.2}, {112.9, 28.6},
		{112.4, 28.55}, {111.9, 28.8}, {111.6, 29.1},
	}},
	{Name: "Poyang plain", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{115.6, 29.5}, {116.2, 29.75}, {116.8, 29.55}, {116.95, 29.0}, {116.6, 28.35},
		{116.0, 28.25}, {115.65, 28.6}, {115.55, 29.0},
	}},
	{Name: "Lixiahe lowlands", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{119.25, 33.45}, {120.3, 33.5}, {120.6, 32.3}, {120.0, 32.3}, {119.5, 32.5}, {119.3, 33.0},
	}},
	{Name: "Chengdu plain", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{103.5, 30.95}, {104.2, 31.25}, {104.5, 30.8}, {104.2, 30.4}, {103.7, 30.35}, {103.4, 30.6},
	}},
	{Name: "Pearl River delta", Terrain: Paddy, Over: ".h", Polygon: []LonLat{
		{112.7, 23.3}, {113.6, 23.3}, {113.8, 22.8}, {113.5, 22.2}, {112.9, 22.3}, {112.6, 22.8},
	}},
	{Name: "Liangshan marsh", Terrain: Marsh, Over: ".hp", Polygon: []LonLat{
		{115.85, 35.9}, {116.05, 36.15}, {116.35, 36.05}, {116.45, 35.8}, {116.2, 35.5}, {115.9, 35.6},
	}},
	{Name: "Huai–Si wetlands", Terrain: Marsh, Over: ".hp", Polygon: []LonLat{
		{117.9, 33.2}, {118.2, 33.7}, {118.6, 33.75}, {118.9, 33.55}, {118.75, 33.2},
		{118.5, 33.05}, {118.2, 33.0},
	}},
	{Name: "Lower Huai marshes", Terrain: Marsh, Over: ".hp",
		Band: &Band{Waterway: "Huai", LonMin: 117.2, LonMax: 119.6, Width: 0.9}},
}

// The great rivers are routed first, so that tributaries and canals can
// join them.
var chinaWaterways = []WaterwaySpec{
	{Name: "Yellow River", Kind: "river", Terrain: River, Parts: []Part{
		// The modern river down to Xingyang, then the 1048/1099–1128 northern
		// course to the sea near Tianjin.
		{Rivers: []string{"Huang He"}, NoLakeLines: true, To: ll(113.4, 34.93)},
		{Historical: "Yellow River northern course"},
		{Points: []LonLat{{117.95, 38.95}}},
	}, EndJoin: "sea"},
	{Name: "Huai", Kind: "river", Terrain: River, Parts: []Part{
		// The upper and middle Huai down to Wuhe, then the 12th-century
		// lower course past Sizhou and Chuzhou to the sea at Yuntiguan.
		{Rivers: []string{"Huai"}, NoLakeLines: true, LonMin: 113, LonMax: 117.9},
		{Historical: "Huai River lower course"},
		{Points: []LonLat{{120.2, 34.3}}},
	}, EndJoin: "sea"},
	{Name: "Yangtze", Kind: "river", Terrain: River, Mouth: ll(121.8, 31.5), Parts: []Part{
		{Rivers: []string{"Jinsha", "Chang Jiang"}},
		// Natural Earth ends the line at Zhenjiang; the estuary to Tongzhou.
		{Points: []LonLat{{119.85, 32.22}, {120.1, 32.05}, {120.3, 31.95}, {120.6, 31.95},
			{120.9, 31.85}, {121.3, 31.7}, {121.8, 31.5}}},
	}, EndJoin: "sea"},
	{Name: "Han", Kind: "river", Terrain: River, Parts: []Part{
		{Rivers: []string{"Han"}, LonMax: 120},
	}, EndJoin: "Yangtze"},

	{Name: "Qiantang", Kind: "river", Terrain: Ford, Mouth: ll(121.2, 30.45), Parts: []Part{
		{Rivers: []string{"Qiantang"}},
		{Points: []LonLat{{120.45, 30.3}, {120.8, 30.4}, {121.2, 30.45}}},
	}, EndJoin: "sea"},

	{Name: "Bian Canal", Kind: "canal", Terrain: Canal, Parts: []Part{
		// The Bian drew its water from the Yellow River near Xingyang.
		{Points: []LonLat{{113.42, 34.92}, {113.75, 34.86}, {114.05, 34.8}}},
		{Historical: "Bian Canal"},
	}, StartJoin: "Yellow River", EndJoin: "Huai"},
	{Name: "Shanyang Canal", Kind: "canal", Terrain: Canal, Parts: []Part{
		{Historical: "Shanyang Canal"},
	}, StartJoin: "Huai", EndJoin: "Yangtze"},
	{Name: "Jiangnan Canal", Kind: "canal", Terrain: Canal, Parts: []Part{
		{Historical: "Jiangnan Canal"},
	}, StartJoin: "Yangtze", EndJoin: "Qiantang"},

	{Name: "Yellow River after 1128", Kind: "river_after_1128", Parts: []Part{
		{Historical: "Yellow River course after the 1128 breach"},
	}, StartJoin: "Yellow River", EndJoin: "Huai"},

	minor("Wei", "Yellow River", "Wei"),
	minor("Jing", "Wei", "Jing"),
	minor("Fen", "Yellow River", "Fen"),
	minor("Qin", "Yellow River", "Qin"),
	minor("Wuding", "Yellow River", "Wuding"),
	minor("Zhang", "Yellow River", "Zhang"),
	minor("Yongding", "sea", "Sanggan", "Yongding", "Hai"),
	minor("Luan", "sea", "Luan"),
	minor("Daling", "sea", "Daling"),
	minor("Liao", "sea", "Xar Moron", "Xiliao", "Liao"),
	{Name: "Songhua", Kind: "river", Terrain: Ford, Mouth: ll(130, 46.8), Parts: []Part{
		{Rivers: []string{"Di’er Songhua", "Songhua"}},
	}},
	minor("Nen", "Songhua", "Nen"),
	minor("Yalu", "sea", "Yalu"),
	minor("Sha-Ying", "Huai", "Sha-Ying", "Ying"),
	minor("Dan", "Han", "Dan"),
	minor("Jialing", "Yangtze", "Jialing"),
	{Name: "Min", Kind: "river", Terrain: Ford, Parts: []Part{
		{Rivers: []string{"Min"}, LonMax: 110},
	}, EndJoin: "Yangtze"},
	minor("Tuo", "Yangtze", "Tuo"),
	minor("Wu", "Yangtze", "Wu"),
	minor("Yuan", "Yangtze", "Yuan"),
	minor("Xiang", "Yangtze", "Xiang"),
	minor("Gan", "Yangtze", "Gan"),
	minor("Yuxi", "Yangtze", "Yuxi"),
	{Name: "Wusong", Kind: "river", Terrain: Ford, Mouth: ll(121.5, 31.4), Parts: []Part{
		{Rivers: []string{"Wusong"}},
	}, EndJoin: "sea"},
	{Name: "Min (Fujian)", Kind: "river", Terrain: Ford, Mouth: ll(119.6, 26.1), Parts: []Part{
		{Rivers: []string{"Min"}, LonMin: 110, LonMax: 130},
		{Points: []LonLat{{119.6, 26.1}}},
	}, EndJoin: "sea"},
	{Name: "Ou", Kind: "river", Terrain: Ford, Mouth: ll(120.85, 27.95), Parts: []Part{
		{Rivers: []string{"Ou"}, LonMin: 110, LonMax: 130},
		{Points: []LonLat{{120.85, 27.95}}},
	}, EndJoin: "sea"},
	{Name: "Xi", Kind: "river", Terrain: Ford, Mouth: ll(113.55, 22.58), Parts: []Part{
		{Rivers: []string{"Xun", "Xi"}},
	}, EndJoin: "sea"},
	minor("Bei", "Xi", "Bei"),
}

// minor is a minor river painted as ford hexes: passable at extra cost,
// navigable for boats.
func minor(name, joins string, rivers ...string) WaterwaySpec {
	return WaterwaySpec{Name: name, Kind: "river", Terrain: Ford,
		Parts: []Part{{Rivers: rivers}}, EndJoin: joins}
}

// chinaBanks put river and canal towns on the right bank, next to the water.
var chinaBanks = []BankRule{
	{"kaifeng", "Yellow River", "S", false},
	{"huazhou", "Yellow River", "S", true},
	{"chanzhou", "Yellow River", "S", true},
	{"daming", "Yellow River", "W", true},
	{"tongguan", "Yellow River", "S", true},
	{"sizhou", "Huai", "N", true},
	{"chuzhou", "Huai", "S", true},
	{"shouchun", "Huai", "S", true},
	{"xiangyang", "Han", "S", true},
	{"xingyuan", "Han", "N", true},
	{"jiangling", "Yangtze", "N", true},
	{"ezhou", "Yangtze", "E", true},
	{"yuezhou", "Yangtze", "E", false},
	{"qizhou", "Yangtze", "N", true},
	{"caishi", "Yangtze", "E", true},
	{"jiankang", "Yangtze", "S", true},
	{"huangtiandang", "Yangtze", "S", true},
	{"zhenjiang", "Yangtze", "S", true},
	{"guazhou", "Yangtze", "N", true},
	{"yangzhou", "Yangtze", "N", false},
	{"linan", "Qiantang", "N", true},
	{"jingzhao", "Wei", "S", true},
	{"taiyuan", "Fen", "", true},
	{"nanchang", "Gan", "E", true},
	{"tanzhou", "Xiang", "E", true},
	{"lizhou", "Jialing", "", true},
	{"fuzhou", "Min (Fujian)", "N", true},
	{"wenzhou", "Ou", "S", true},
	{"yingtian", "Bian Canal", "", true},
	{"suzhou_anhui", "Bian Canal", "", true},
	{"changzhou", "Jiangnan Canal", "", true},
	{"suzhou_pingjiang", "Jiangnan Canal", "", true},
}

// chinaFords: the Yellow River and the Huai can be forded every day's march
// or so, the Han more often; the Yangtze only at its famous crossings.
var chinaFords = []FordRule{
	{Waterway: "Yellow River", Every: 7, AtCities: true, At: []FordAt{{Site: "tongguan"}}},
	{Waterway: "Huai", Every: 7, AtCities: true},
	{Waterway: "Han", Every: 5, AtCities: true},
	{Waterway: "Yangtze", At: []FordAt{
		{Point: ll(105.44, 28.87)}, // Luzhou
		{Point: ll(106.55, 29.56)}, // Yuzhou (Chongqing)
		{Site: "jiangling"},
		{Site: "ezhou"},
		{Point: ll(116.0, 29.72)}, // Jiangzhou (Jiujiang)
		{Site: "caishi"},
		{Site: "guazhou", Opposite: "zhenjiang"},
	}},
}
