namespace StoryExhibit.Core.Generation.Songs;

public enum SongProvider { Offline, Remote }

/// <summary>Songs on request (<c>Generation:Songs</c>): who performs them, and how long a remote song provider may take.</summary>
public sealed class SongOptions
{
    public const string Section = "Generation:Songs";

    public SongProvider Provider { get; set; } = SongProvider.Offline;
    /// <summary>The remote song provider's address (Suno-style: POST {Endpoint}/v1/songs, GET and DELETE {Endpoint}/v1/songs/{id}).</summary>
    public Uri? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>Whether the configured storyteller model writes the words (with the offline engine as its fallback).</summary>
    public bool LyricsFromModel { get; set; } = true;
    /// <summary>espeak-ng's singing voice offline.</summary>
    public string Voice { get; set; } = "en+f3";
    /// <summary>Longest wait for one HTTP request to the provider.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>Time between status polls.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);
    /// <summary>Longest time a remote song may take from submit to downloaded audio; then the offline song is made instead.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(4);
    /// <summary>Tries again after a 429 or a 5xx, up to this many times per request, waiting longer each time.</summary>
    public int MaxRetries { get; set; } = 3;
    /// <summary>First wait before a retry; it doubles with each one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>Estimated cost of one remote song, in the budgets' currency.</summary>
    public decimal CostPerSong { get; set; } = 0.05m;
    /// <summary>Largest audio file accepted from the provider.</summary>
    public long MaxAudioBytes { get; set; } = 30 * 1024 * 1024;
}
