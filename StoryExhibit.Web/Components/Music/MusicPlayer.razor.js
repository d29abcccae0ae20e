// The story page's ambient music: one looping track per scene mood, played through Web Audio (a looping buffer joins
// its end to its start without a gap), crossfaded when the mood changes, quietened while narration speaks, and
// started only by the visitor (autoplay rules). The visitor's theme, volume and mute are kept for this visit.
const FADE = 2.5;           // seconds of crossfade between two moods
const DUCKED = 0.3;         // share of the volume left while a sentence is read aloud
const STORE = 'storyexhibit.music';

export function createPlayer(dotnet, element) {
    const player = new MusicPlayer(dotnet, element);
    window.storyMusic = player; // read by the browser tests and the benchmark
    return player;
}

class MusicPlayer {
    constructor(dotnet, element) {
        this.dotnet = dotnet;
        this.element = element;
        this.context = null;
        this.url = null;       // the track the scene asks for
        this.mood = null;
        this.current = null;   // { url, source, gain } sounding now
        this.playing = false;
        this.volume = 40;
        this.muted = false;
        this.ducked = false;
        this.buffers = new Map();
        this.started = [];     // every track started, in order: { url, mood, at }
        this.timer = setInterval(() => this.duckUnderNarration(), 150);
        // Playing on an earlier page of this visit: start again at the visitor's first touch here.
        if (this.remembered().on) {
            this.onGesture = () => { this.forgetGesture(); if (!this.playing) { this.start(); this.dotnet.invokeMethodAsync('Resumed'); } };
            for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, this.onGesture, { once: true, capture: true });
        }
    }

    saved() {
        const { theme, volume, muted } = this.remembered();
        return { theme: theme ?? null, volume: volume ?? null, muted: muted ?? null };
    }

    remembered() {
        try { return JSON.parse(sessionStorage.getItem(STORE)) ?? {}; } catch { return {}; }
    }

    remember(key, value) {
        try { sessionStorage.setItem(STORE, JSON.stringify({ ...this.remembered(), [key]: value })); } catch { /* private mode */ }
    }

    forgetGesture() {
        if (!this.onGesture) return;
        for (const type of ['pointerdown', 'keydown']) document.removeEventListener(type, this.onGesture, { capture: true });
        this.onGesture = null;
    }

    audio() {
        if (!this.context) {
            this.context = new AudioContext();
            this.master = this.context.createGain();
            this.duck = this.context.createGain();
            this.duck.connect(this.master).connect(this.context.destination);
            this.applyVolume(0);
        }
        if (this.context.state === 'suspended') this.context.resume();
        return this.context;
    }

    /** The scene's track; plays at once (crossfading) when music is on. */
    cue(url, mood) {
        this.url = url;
        this.mood = mood;
        if (this.playing) this.play(url, mood);
    }

    start() {
        this.forgetGesture();
        this.playing = true;
        this.remember('on', true);
        this.audio();
        if (this.url) this.play(this.url, this.mood);
    }

    stop() {
        this.playing = false;
        this.remember('on', false);
        this.fadeOut(this.current, 0.6);
        this.current = null;
        this.element?.removeAttribute('data-playing');
    }

    async play(url, mood) {
        if (this.current?.url === url) return;
        const context = this.audio();
        let buffer;
        try { buffer = await this.load(url); } catch { return; } // no music this time; the story carries on
        if (!this.playing || this.url !== url || this.current?.url === url) return;
        const source = context.createBufferSource();
        source.buffer = buffer;
        source.loop = true;
        const gain = context.createGain();
        const now = context.currentTime;
        gain.gain.setValueAtTime(0, now);
        gain.gain.linearRampToValueAtTime(1, now + FADE);
        source.connect(gain).connect(this.duck);
        source.start(now);
        this.fadeOut(this.current, FADE);
        this.current = { url, source, gain };
        this.started.push({ url, mood, at: performance.now() });
        this.element?.setAttribute('data-playing', url);
    }

    fadeOut(track, seconds) {
        if (!track || !this.context) return;
        const now = this.context.currentTime;
        track.gain.gain.cancelScheduledValues(now);
        track.gain.gain.setValueAtTime(track.gain.gain.value, now);
        track.gain.gain.linearRampToValueAtTime(0, now + seconds);
        track.source.stop(now + seconds + 0.05);
    }

    load(url) {
        if (!this.buffers.has(url)) {
            const loading = fetch(url)
                .then(response => { if (!response.ok) throw new Error(`HTTP ${response.status}`); return response.arrayBuffer(); })
                .then(bytes => this.audio().decodeAudioData(bytes));
            loading.catch(() => this.buffers.delete(url)); // a failed track is asked for again next time
            this.buffers.set(url, loading);
        }
        return this.buffers.get(url);
    }

    setVolume(volume, muted) {
        this.volume = volume;
        this.muted = muted;
        this.remember('volume', volume);
        this.remember('muted', muted);
        this.applyVolume(0.15);
    }

    // Loudness follows the square of the slider, which sounds even; at most half of full scale: music stays soft.
    applyVolume(seconds) {
        if (!this.context) return;
        const level = this.muted ? 0 : 0.5 * (this.volume / 100) ** 2;
        this.master.gain.setTargetAtTime(level, this.context.currentTime, Math.max(seconds, 0.01) / 3);
    }

    /** Narration speaks through its own queue (window.storyNarration): the music steps back while a sentence plays. */
    duckUnderNarration() {
        const speaking = (window.storyNarration?.current ?? -1) !== -1;
        if (speaking === this.ducked || !this.context) return;
        this.ducked = speaking;
        this.duck.gain.setTargetAtTime(speaking ? DUCKED : 1, this.context.currentTime, speaking ? 0.08 : 0.4);
        this.element?.toggleAttribute('data-ducked', speaking);
    }

    dispose() {
        this.forgetGesture();
        clearInterval(this.timer);
        this.context?.close();
        if (window.storyMusic === this) delete window.storyMusic;
    }
}
