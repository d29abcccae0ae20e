// While a scene is written, its words come over one HTTP response (LiveSceneEndpoints.cs: a JSON line a step, the prose so
// far being its first `at` characters and then `add`) and are written here into the paragraphs before the caret, as
// plain text. The server rendered the first words; it renders the finished scene in place of all this.
//
// The page follows the newest line: whenever the text grows and the caret has gone below
// the upper part of the screen (the bottom is the narration bar's), the page scrolls just enough to bring it back.
// A visitor who scrolls up on purpose (wheel, touch, keys) is left to read; scrolling back down to the newest line
// resumes following.
const KEEP_ABOVE = 0.62; // the caret stays above this fraction of the viewport's height
const UP_KEYS = new Set(['ArrowUp', 'PageUp', 'Home']);
const DOWN_KEYS = new Set(['ArrowDown', 'PageDown', 'End', ' ']);

const RETRY_MS = 200; // the scene has not begun yet (the page shows it a moment early), or the connection broke
const RETRIES = 25; // then the page waits for the server's render of the finished scene

export function follow(prose, url) {
    // The scene may have finished and this element left the page before the call arrived.
    if (!(prose instanceof Element) || !prose.isConnected) return { following: false, stop() { } };
    const reading = new AbortController();
    readWords(prose, url, reading.signal);
    let following = true;
    let intent = null; // 'up' or 'down': the visitor's own last scrolling gesture

    const caret = () => prose.querySelector('.caret') ?? prose;
    const caretInView = () => caret().getBoundingClientRect().bottom <= window.innerHeight;
    const reveal = () => {
        if (!following || !prose.isConnected) return;
        const overshoot = caret().getBoundingClientRect().bottom - window.innerHeight * KEEP_ABOVE;
        if (overshoot > 0) window.scrollBy({ top: overshoot, behavior: 'instant' });
    };
    const onScroll = () => {
        if (intent === 'up') following = false;
        else if (intent === 'down' && caretInView()) following = true;
        intent = null;
    };
    const onWheel = event => { intent = event.deltaY < 0 ? 'up' : 'down'; };
    const onKey = event => { intent = UP_KEYS.has(event.key) || (event.key === ' ' && event.shiftKey) ? 'up' : DOWN_KEYS.has(event.key) ? 'down' : intent; };
    let touchY = null;
    const onTouchStart = event => { touchY = event.touches[0]?.clientY ?? null; };
    const onTouchMove = event => {
        const y = event.touches[0]?.clientY;
        if (touchY === null || y === undefined) return;
        intent = y > touchY ? 'up' : 'down'; // a finger moving down scrolls the page up
        touchY = y;
    };

    const observer = new MutationObserver(reveal);
    observer.observe(prose, { childList: true, subtree: true, characterData: true });
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('wheel', onWheel, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('touchstart', onTouchStart, { passive: true });
    window.addEventListener('touchmove', onTouchMove, { passive: true });
    window.addEventListener('resize', reveal);
    reveal();

    return {
        get following() { return following; },
        stop() {
            reading.abort();
            observer.disconnect();
            window.removeEventListener('scroll', onScroll);
            window.removeEventListener('wheel', onWheel);
            window.removeEventListener('keydown', onKey);
            window.removeEventListener('touchstart', onTouchStart);
            window.removeEventListener('touchmove', onTouchMove);
            window.removeEventListener('resize', reveal);
        },
    };
}

async function readWords(prose, url, signal) {
    let text = null; // the prose as the server sent it; null until its first step
    for (let tries = 0; tries < RETRIES && !signal.aborted && prose.isConnected; tries++) {
        try {
            const response = await fetch(url, { signal, cache: 'no-store' });
            if (response.status === 200) {
                for await (const step of jsonLines(response.body, signal)) {
                    text = (step.at === 0 || text === null ? '' : text.slice(0, step.at)) + step.add;
                    show(prose, text);
                }
                return; // the scene ended: the server renders it whole
            }
        } catch (error) {
            if (signal.aborted) return;
        }
        await new Promise(resolve => setTimeout(resolve, RETRY_MS));
    }
}

async function* jsonLines(body, signal) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    signal.addEventListener('abort', () => reader.cancel().catch(() => { }), { once: true });
    let buffered = '';
    for (; ;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffered += value;
        let end;
        while ((end = buffered.indexOf('\n')) >= 0) {
            const line = buffered.slice(0, end);
            buffered = buffered.slice(end + 1);
            if (line) yield JSON.parse(line);
        }
    }
}

// The same paragraphs as the server's (split at blank lines, trimmed), each set only when it changed.
function show(prose, text) {
    const paragraphs = text.split('\n\n').map(p => p.trim()).filter(p => p.length > 0);
    const caret = prose.querySelector(':scope > .caret');
    const shown = [...prose.querySelectorAll(':scope > p')];
    paragraphs.forEach((paragraph, i) => {
        if (i < shown.length) {
            if (shown[i].textContent !== paragraph) shown[i].textContent = paragraph;
        } else {
            const p = document.createElement('p');
            p.textContent = paragraph;
            prose.insertBefore(p, caret);
        }
    });
    shown.slice(paragraphs.length).forEach(p => p.remove());
}
