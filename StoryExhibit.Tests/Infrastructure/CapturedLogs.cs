using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>One log line as written: level, category, message, its structured values and those of every scope open around it.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Message, IReadOnlyDictionary<string, object?> Values,
    IReadOnlyDictionary<string, object?> ScopeValues, Exception? Exception);

/// <summary>A logger provider that keeps every line, with its scopes, for tests to read.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Lines => [.. _lines];

    /// <summary>A logger factory writing only here.</summary>
    public ILoggerFactory Factory() => LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(this));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private static Dictionary<string, object?> ValuesOf(object? state)
    {
        var values = new Dictionary<string, object?>();
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
            foreach (var (key, value) in pairs) values[key] = value;
        else if (state is IEnumerable<KeyValuePair<string, object>> objects)
            foreach (var (key, value) in objects) values[key] = value;
        return values;
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeValues = new Dictionary<string, object?>();
            owner._scopes.ForEachScope((scope, all) => { foreach (var (k, v) in ValuesOf(scope)) all[k] = v; }, scopeValues);
            owner._lines.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception), ValuesOf(state), scopeValues, exception));
        }
    }
}
