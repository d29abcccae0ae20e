namespace StoryExhibit.Core.Moderation;

/// <summary>The provider's findings for the last few texts, for a short while, so one text costs one call.</summary>
internal sealed class RecentFindings(int capacity = 64, TimeSpan? lifetime = null)
{
    private readonly TimeSpan _lifetime = lifetime ?? TimeSpan.FromMinutes(2);
    private readonly Dictionary<string, (ContentFindings Findings, DateTime At)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public bool TryGet(string text, out ContentFindings findings)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var entry) && DateTime.UtcNow - entry.At < _lifetime)
            {
                findings = entry.Findings;
                return true;
            }
            findings = null!;
            return false;
        }
    }

    public void Add(string text, ContentFindings findings)
    {
        lock (_lock)
        {
            if (_entries.Count >= capacity)
                foreach (var stale in _entries.OrderBy(e => e.Value.At).Take(_entries.Count - capacity + 1).Select(e => e.Key).ToList())
                    _entries.Remove(stale);
            _entries[text] = (findings, DateTime.UtcNow);
        }
    }
}
