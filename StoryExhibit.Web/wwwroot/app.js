window.storyExhibit = {
    /** Plays audio sent from .NET as a stream (DotNetStreamReference) in an <audio> element. */
    async playStream(audio, streamRef, type) {
        const bytes = await streamRef.arrayBuffer();
        if (audio.src) URL.revokeObjectURL(audio.src);
        audio.src = URL.createObjectURL(new Blob([bytes], { type }));
        await audio.play().catch(() => { /* autoplay refused: the controls are there */ });
    },
    scrollToScene(id) {
        const element = document.getElementById(id);
        if (!element) return;
        element.scrollIntoView({ behavior: this.motion(), block: 'start' });
    },
    /** Moves focus to a new scene's heading (tabindex -1) and brings it into view. */
    focusScene(id) {
        const heading = document.getElementById(id);
        if (!heading) return;
        heading.focus({ preventScroll: true });
        heading.scrollIntoView({ behavior: this.motion(), block: 'start' });
    },
    motion() {
        return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    },
};

// The display modes a visitor switches on in this tab (Components/Layout/DisplayOptions): classes on <html>, kept in
// sessionStorage and applied here before anything is drawn; a kiosk resets them between visitors.
{
    const display = {
        key: 'exhibit-display',
        modes: ['high-contrast', 'large-text'],
        stored() {
            try { return JSON.parse(sessionStorage.getItem(display.key) ?? '[]').filter(m => display.modes.includes(m)); } catch { return []; }
        },
        isOn(mode) { return document.documentElement.classList.contains(mode); },
        toggle(mode) {
            const on = document.documentElement.classList.toggle(mode);
            const modes = display.stored().filter(m => m !== mode);
            if (on) modes.push(mode);
            try { sessionStorage.setItem(display.key, JSON.stringify(modes)); } catch { /* kept for this page only */ }
            return on;
        },
        reset() {
            try { sessionStorage.removeItem(display.key); } catch { }
            document.documentElement.classList.remove(...display.modes);
        },
    };
    window.storyExhibit.display = display;
    for (const mode of display.stored()) document.documentElement.classList.add(mode);
}
