using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StoryExhibit.Core.Generation;

/// <summary>
/// A provider built from the options as they are now. When staff change the options, the next
/// <see cref="Acquire"/> builds a new one; the old one is disposed once the last call still using it ends.
/// Options that no longer validate keep the provider already in use (the settings editors refuse such changes,
/// so this only guards against hand-edited configuration).
/// </summary>
public sealed class LiveProvider<TOptions, TProvider> : IDisposable where TOptions : class where TProvider : class
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly IOptionsMonitor<TOptions> _monitor;
    private readonly Func<TOptions, TProvider> _create;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private Built? _current;

    public LiveProvider(IOptionsMonitor<TOptions> monitor, Func<TOptions, TProvider> create, ILogger log)
    {
        _monitor = monitor;
        _create = create;
        _log = log;
    }

    /// <summary>The options the provider in use was built from.</summary>
    public TOptions Options => Current().Options;

    /// <summary>Counts up each time a new provider is built.</summary>
    public int Version => Current().Version;

    /// <summary>The provider in use now, kept alive until the lease is disposed.</summary>
    public Lease Acquire()
    {
        lock (_gate)
        {
            var built = Refresh();
            built.Users++;
            return new Lease(this, built);
        }
    }

    private Built Current()
    {
        lock (_gate) return Refresh();
    }

    /// <summary>Rebuilds when the options' values changed (a reload with the same values keeps the provider). Call under the gate.</summary>
    private Built Refresh()
    {
        TOptions now;
        try { now = _monitor.CurrentValue; }
        catch (OptionsValidationException ex) when (_current is not null)
        {
            _log.LogWarning(ex, "New {Options} do not validate; the provider in use is kept", typeof(TOptions).Name);
            return _current;
        }
        if (_current is not null && ReferenceEquals(_current.Options, now)) return _current;
        var signature = JsonSerializer.Serialize(now, Json);
        if (_current is not null && _current.Signature == signature) return _current = _current with { Options = now };

        var previous = _current;
        _current = new Built(now, signature, _create(now), (previous?.Version ?? 0) + 1);
        if (previous is not null)
        {
            _log.LogInformation("{Options} changed: a new provider is in use from now on", typeof(TOptions).Name);
            Retire(previous);
        }
        return _current;
    }

    private void Retire(Built built)
    {
        built.Retired = true;
        if (built.Users == 0) DisposeProvider(built.Provider);
    }

    private void Release(Built built)
    {
        lock (_gate)
        {
            built.Users--;
            if (built.Retired && built.Users == 0) DisposeProvider(built.Provider);
        }
    }

    private void DisposeProvider(TProvider provider)
    {
        try { (provider as IDisposable)?.Dispose(); }
        catch (Exception ex) { _log.LogWarning(ex, "Disposing a replaced {Provider} failed", typeof(TProvider).Name); }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_current is null) return;
            Retire(_current);
            _current = null;
        }
    }

    internal sealed record Built(TOptions Options, string Signature, TProvider Provider, int Version)
    {
        // Shared by the copies `with` makes for a reload with equal values, so counts live in a box.
        private readonly StrongBox _state = new();
        public int Users { get => _state.Users; set => _state.Users = value; }
        public bool Retired { get => _state.Retired; set => _state.Retired = value; }

        private sealed class StrongBox
        {
            public int Users;
            public bool Retired;
        }
    }

    /// <summary>One use of a provider; dispose it when the call is over.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly LiveProvider<TOptions, TProvider> _owner;
        private readonly Built _built;
        private int _released;

        internal Lease(LiveProvider<TOptions, TProvider> owner, Built built)
        {
            _owner = owner;
            _built = built;
        }

        public TProvider Value => _built.Provider;
        public TOptions Options => _built.Options;
        public int Version => _built.Version;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) _owner.Release(_built);
        }
    }
}
