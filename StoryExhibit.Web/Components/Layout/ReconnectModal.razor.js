// Starts Blazor with patient reconnection and keeps a kiosk or wall display recovering by itself:
// when the server no longer knows the circuit (it restarted) the page reloads, since the story is
// saved server-side and its URL reopens it; when retries run out it keeps trying every few seconds.
// A wall display (its dialog is marked data-wall-display) does all of that without ever showing the dialog.
(() => {
    const modal = document.getElementById('components-reconnect-modal');
    const quiet = modal.hasAttribute('data-wall-display');
    const show = state => {
        modal.dataset.state = state;
        if (!modal.open && !quiet) modal.showModal();
    };

    async function retry() {
        try {
            if (await Blazor.reconnect()) return;
            if (!await Blazor.resumeCircuit()) location.reload();
        } catch {
            setTimeout(retry, 3000);
        }
    }

    modal.addEventListener('components-reconnect-state-changed', event => {
        switch (event.detail.state) {
            case 'show': show('show'); break;
            case 'retrying': show('retrying'); break;
            case 'hide': modal.close(); delete modal.dataset.state; break;
            case 'failed': show('failed'); setTimeout(retry, 3000); break;
            case 'rejected': show('rejected'); location.reload(); break;
        }
    });
    document.getElementById('components-reconnect-button')?.addEventListener('click', () => location.reload());

    Blazor.start({
        circuit: {
            reconnectionOptions: { maxRetries: 40, retryIntervalMilliseconds: 1000 },
        },
    });
})();
