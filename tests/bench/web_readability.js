// Runs Mozilla Readability.js (with jsdom) over saved pages, for scripts/bench web.
//   node web_readability.js results PAGE_DIR...  -> one JSON line per page on stdout (page = the folder name)
//   node web_readability.js speed FILE...        -> {"pages": N, "seconds": S, "cpuSeconds": C} for all files
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
    (async () => {
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        let n = 0;
        for (const file of inputs) {
            parse(fs.readFileSync(file, 'utf8'), 'http://fakehost/page.html');
            ++n;
            // A turn of the event loop lets jsdom release the closed window; without it memory grows by GBs.
            await new Promise((resolve) => setImmediate(resolve));
        }
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        const cpu = process.cpuUsage(cpuStart);
        const cpuSeconds = (cpu.user + cpu.system) / 1e6;
        process.stdout.write(JSON.stringify({ pages: n, seconds, cpuSeconds }) + '\n');
    })();
} else {
    process.stderr.write('usage: web_readability.js results DIR... | speed FILE...\n');
    process.exit(2);
}
