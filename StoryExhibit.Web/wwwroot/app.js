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
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        element.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    },
};
