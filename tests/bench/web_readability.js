// Runs Mozilla Readability.js (with jsdom) over saved pages, for scripts/bench web.
//   node web_readability.js results PAGE_DIR...  -> one JSON line per page on stdout (page = the folder name)
//   node web_readability.js speed FILE...        -> {"pages": N, "seconds": S} after parsing every file
// Resolved from the scratch folder scripts/bench installs jsdom and @mozilla/readability into (NODE_PATH).
'use strict';
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function parse(html, url) {
    // No scripts, no resources, no console noise: only parsing and extraction are timed.
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article;
}

const [mode, ...inputs] = process.argv.slice(2);
if (mode === 'results') {
    for (const dir of inputs) {
        const html = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
        const a = parse(html, 'http://fakehost/test/page.html') || {};
        process.stdout.write(JSON.stringify({
            page: path.basename(dir),
            title: a.title || '',
            author: a.byline || '',
            published: a.publishedTime || '',
            language: a.lang || '',
            body: a.textContent || '',
            captions: [],
        }) + '\n');
    }
} else if (mode === 'speed') {
    const start = process.hrtime.bigint();
    let n = 0;
    for (const file of inputs) {
        parse(fs.readFileSync(file, 'utf8'), 'http://fakehost/page.html');
        ++n;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    process.stdout.write(JSON.stringify({ pages: n, seconds }) + '\n');
} else {
    process.stderr.write('usage: web_readability.js results DIR... | speed FILE...\n');
    process.exit(2);
}
