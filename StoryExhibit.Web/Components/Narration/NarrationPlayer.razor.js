// The browser's audio queue for narration. Clips (a sentence, or a few joined) arrive in order as URLs of audio files
// (or as bare text for the browser's own speech synthesis). Audio is decoded ahead and scheduled on one AudioContext
// back to back, so consecutive clips play without a gap; the sentence being spoken (within a clip, by its share of the
// clip's letters) is highlighted in the scene's text and written into the caption (options.caption, a selector: the
// element may come and go with the page's renders, so it is looked up each time). Its .NET partner hears only
// NarrationSounding, when a narration starts to sound, and NarrationEnded: no call to the server per clip.
const LEAD = 0.03; // seconds between scheduling and the first sound, so the start is never clipped

export function createQueue(dotnet, options, bar) {
    const queue = new AudioQueue(dotnet, options ?? {});
    queue.room = bar ? new BarRoom(bar) : null;
    window.storyNarration = queue; // read by the browser tests and the benchmark
    return queue;
}

class AudioQueue {
    constructor(dotnet, { speed, caption }) {
        this.dotnet = dotnet;
        this.speed = speed || 1;
        this.caption = caption ?? null;
        this.context = null;
        this.pending = [];   // sentences waiting for their turn, decoding ahead
        this.playing = [];   // scheduled on the AudioContext
        this.endsAt = 0;     // context time when the last scheduled sentence ends
        this.generation = 0; // bumped by stop(): late arrivals of an old narration are dropped
        this.pumping = false;
        this.paused = false;
        this.speech = null;  // the clip the browser's own voice reads (or waits to read): { entry, sounding, next(), skip(), end() }
        this.current = -1;
        this.log = [];       // one entry per sentence played: { generation, index, at, duration, gap, startedAt }
        this.timer = setInterval(() => this.tick(), 30);
    }

    audio() {
        this.context ??= new AudioContext({ latencyHint: 'interactive' });
        if (this.context.state === 'suspended' && !this.paused) this.context.resume();
        return this.context;
    }

    enqueue(item) {
        const context = this.audio();
        const entry = { ...item, parts: shares(item.sentences), buffer: null, failed: !!item.error };
        entry.ready = item.url
            ? fetch(item.url)
                .then(response => { if (!response.ok) throw new Error(`HTTP ${response.status}`); return response.arrayBuffer(); })
                .then(bytes => context.decodeAudioData(bytes))
                .then(buffer => { entry.buffer = buffer; })
                // Audio this browser cannot fetch or decode (Ogg Opus before Safari 18.4) is read by its own voice instead.
                .catch(() => { })
            : Promise.resolve();
        this.pending.push(entry);
        this.pump();
    }

    async pump() {
        if (this.pumping) return;
        this.pumping = true;
        const generation = this.generation;
        try {
            // While paused nothing new is scheduled: sentences arriving meanwhile wait (decoded) for resume().
            while (this.pending.length && generation === this.generation && !this.paused) {
                const entry = this.pending[0];
                await entry.ready;
                if (generation !== this.generation || this.pending[0] !== entry || this.paused) continue;
                this.pending.shift();
                if (entry.buffer) this.schedule(entry);
                else if (!entry.failed && 'speechSynthesis' in window) await this.speak(entry);
            }
        } finally {
            this.pumping = false;
            if (this.pending.length && generation !== this.generation) this.pump();
        }
    }

    /** Schedules a clip after the ones scheduled, from offset seconds into it (the rest of a clip after a skip). */
    schedule(entry, offset = 0) {
        const context = this.context;
        const source = context.createBufferSource();
        source.buffer = entry.buffer;
        source.connect(context.destination);
        const now = context.currentTime;
        const at = Math.max(now + LEAD, this.endsAt);
        source.start(at, offset);
        const duration = entry.buffer.duration - offset;
        const gap = this.previousEnd == null ? null : at - this.previousEnd;
        this.playing.push({ entry, source, at, end: at + duration, offset, part: -1 });
        if (!offset) this.log.push({ generation: this.generation, index: entry.index, at, duration, gap, startedAt: performance.now() + (at - now) * 1000 });
        this.previousEnd = this.endsAt = at + duration;
    }

    /**
     * Reads a clip with the browser's own voice, a sentence an utterance (each captioned in turn), once the audio
     * scheduled before it ends. Skip moves to its next sentence; stopping ends it at once.
     */
    speak(entry) {
        return new Promise(resolve => {
            const wait = this.context ? Math.max(0, (this.endsAt - this.context.currentTime) * 1000) : 0;
            let timer, part = 0, utterances = 0;
            const speech = {
                entry,
                sounding: false,
                next: () => {
                    clearTimeout(timer);
                    if (this.speech !== speech) return;
                    if (part >= entry.parts.length) { speech.end(); return; }
                    const text = entry.parts[part++].text;
                    const mine = ++utterances;
                    const done = () => { if (mine === utterances) speech.next(); };
                    const utterance = new SpeechSynthesisUtterance(text);
                    utterance.rate = this.speed;
                    utterance.onstart = () => this.announce(entry, text);
                    utterance.onend = utterance.onerror = done;
                    // A browser without a usable voice may never say it ended: the queue moves on after its reading time.
                    timer = setTimeout(done, (2000 + text.split(/\s+/).length * 600) / this.speed);
                    speech.sounding = true;
                    speechSynthesis.speak(utterance);
                },
                skip: () => {
                    utterances++; // the cancelled utterance's end, whenever it comes, moves nothing on
                    speechSynthesis.cancel();
                    speech.next();
                },
                end: () => {
                    clearTimeout(timer);
                    if (this.speech !== speech) return;
                    this.speech = null;
                    resolve();
                },
            };
            this.speech = speech;
            timer = setTimeout(speech.next, wait);
        });
    }

    tick() {
        if (!this.context) return;
        const now = this.context.currentTime;
        for (const item of this.playing) {
            if (item.at > now) continue;
            const share = Math.min(0.999, (item.offset + now - item.at) / item.entry.buffer.duration);
            const part = Math.max(0, item.entry.parts.findIndex(p => share < p.until));
            if (part !== item.part) { item.part = part; this.announce(item.entry, item.entry.parts[part].text); }
        }
        this.playing = this.playing.filter(item => item.end > now);
        if (this.current !== -1 && !this.playing.length && !this.pending.length && !this.speech && !this.pumping) {
            this.current = -1;
            highlight(null);
            this.showCaption(null);
            this.dotnet.invokeMethodAsync('NarrationEnded');
        }
    }

    announce(entry, sentence) {
        const starting = this.current === -1;
        this.current = entry.index;
        highlight(sentence);
        this.showCaption(sentence);
        if (starting) this.dotnet.invokeMethodAsync('NarrationSounding');
    }

    showCaption(sentence) {
        const box = this.caption ? document.querySelector(this.caption) : null;
        if (!box) return;
        box.textContent = sentence ?? '';
        box.classList.toggle('empty', !sentence);
    }

    pause() {
        this.paused = true;
        this.context?.suspend();
        if ('speechSynthesis' in window) speechSynthesis.pause();
    }

    resume() {
        this.paused = false;
        this.context?.resume();
        if ('speechSynthesis' in window) speechSynthesis.resume();
        this.pump();
    }

    /** Ends the sentence being spoken; the next one (in the same clip, or the next clip) starts straight away. */
    skip() {
        if (this.speech?.sounding) {
            this.speech.skip();
            return;
        }
        if (!this.context) return;
        const now = this.context.currentTime;
        const sounding = this.playing.find(item => item.at <= now && item.end > now);
        const part = Math.max(0, sounding?.part ?? 0);
        const rest = sounding && part + 1 < sounding.entry.parts.length ? sounding : null;
        const later = this.playing.filter(item => item.at > now).map(item => item.entry);
        // A clip waiting for the audio before it to end, to be read by the browser's voice, keeps its turn.
        if (this.speech) later.push(this.speech.entry);
        this.silence();
        if (rest) this.schedule(rest.entry, rest.entry.parts[part].until * rest.entry.buffer.duration);
        this.pending = [...later, ...this.pending];
        this.pump();
    }

    /** Stops and forgets everything queued. */
    stop() {
        this.generation++;
        this.pending = [];
        this.silence();
        if (this.current !== -1) {
            this.current = -1;
            this.dotnet.invokeMethodAsync('NarrationEnded');
        }
        highlight(null);
        this.showCaption(null);
    }

    silence() {
        for (const item of this.playing) {
            try { item.source.stop(); } catch { /* already ended */ }
        }
        this.playing = [];
        this.endsAt = 0;
        this.previousEnd = null;
        // Ended first: a cancelled utterance may report its end at once, or never (a browser without a voice).
        this.speech?.end();
        if ('speechSynthesis' in window) speechSynthesis.cancel();
    }

    dispose() {
        this.room?.dispose();
        this.stop();
        clearInterval(this.timer);
        this.context?.close();
        if (window.storyNarration === this) delete window.storyNarration;
    }
}

// Keeps the page's text out from under the narration bar: its height goes to --narration-bar-height (scrolling
// into view stops above it), and, while it is docked to the bottom of a phone's screen, to --narration-dock-height
// (the page's bottom padding, so its last lines can be scrolled above it).
class BarRoom {
    constructor(bar) {
        this.bar = bar;
        this.observer = new ResizeObserver(() => this.measure());
        this.observer.observe(bar);
        this.onResize = () => this.measure();
        window.addEventListener('resize', this.onResize);
        this.measure();
    }

    measure() {
        const height = Math.ceil(this.bar.getBoundingClientRect().height);
        const docked = getComputedStyle(this.bar).position === 'fixed';
        const root = document.documentElement.style;
        root.setProperty('--narration-bar-height', `${height}px`);
        root.setProperty('--narration-dock-height', docked ? `${height}px` : '0px');
    }

    dispose() {
        this.observer.disconnect();
        window.removeEventListener('resize', this.onResize);
        document.documentElement.style.removeProperty('--narration-bar-height');
        document.documentElement.style.removeProperty('--narration-dock-height');
    }
}

// A clip's sentences, each with the share of the clip's letters (so of its sound) that ends it.
function shares(sentences) {
    const total = sentences.reduce((sum, s) => sum + s.length, 0) || 1;
    let sum = 0;
    return sentences.map(text => ({ text, until: (sum += text.length) / total }));
}

// Marks the sentence in the current scene's text with the CSS Custom Highlight API: no change to the DOM
// that Blazor owns.
function highlight(sentence) {
    if (!window.CSS?.highlights) return;
    CSS.highlights.delete('narration');
    const root = document.querySelector('.scene.current .prose');
    if (!sentence || !root) return;
    const nodes = [];
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode, start: text.length });
        text += walker.currentNode.data;
    }
    const wanted = sentence.trim();
    const start = text.indexOf(wanted.slice(0, 24));
    if (start < 0) return;
    const end = Math.min(text.length, start + wanted.length);
    const locate = offset => {
        const hit = nodes.findLast(n => n.start <= offset) ?? nodes[0];
        return [hit.node, Math.min(offset - hit.start, hit.node.data.length)];
    };
    const range = new Range();
    range.setStart(...locate(start));
    range.setEnd(...locate(end));
    CSS.highlights.set('narration', new Highlight(range));
}
