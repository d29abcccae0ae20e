window.storyExhibit = {
    scrollToScene(id) {
        const element = document.getElementById(id);
        if (!element) return;
        const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        element.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    },
};
