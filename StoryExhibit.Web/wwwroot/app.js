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

// The display modes a visitor switched on in this tab (Components/Layout/DisplayOptions), before anything is drawn.
try {
    for (const mode of JSON.parse(sessionStorage.getItem('exhibit-display') ?? '[]'))
        if (mode === 'high-contrast' || mode === 'large-text') document.documentElement.classList.add(mode);
} catch { /* storage refused or unreadable: the usual display */ }
