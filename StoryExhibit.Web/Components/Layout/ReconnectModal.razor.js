// Starts Blazor with patient reconnection (a kiosk or a wall display must recover by itself) and
// reloads the page when the server no longer knows the circuit (it restarted): the story is saved
// server-side and its URL reopens it.
(() => {
    const modal = document.getElementById('components-reconnect-modal');
    new MutationObserver(() => {
        if (modal.classList.contains('components-reconnect-rejected')) location.reload();
        if (modal.classList.contains('components-reconnect-failed')) setTimeout(() => location.reload(), 3000);
    }).observe(modal, { attributes: true, attributeFilter: ['class'] });

    Blazor.start({
        circuit: {
            reconnectionOptions: { maxRetries: 40, retryIntervalMilliseconds: 1000 },
        },
    });
})();
