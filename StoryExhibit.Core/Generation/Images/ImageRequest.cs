namespace StoryExhibit.Core.Generation.Images;

/// <summary>What to draw: a scene's text and the visitor's choices. Checked by <see cref="Validate"/> before any provider sees it.</summary>
public sealed record ImageRequest
{
    public const int MaxPromptLength = 4000;
    public const int MinSide = 64;
    public const int MaxSide = 4096;
    public const int MaxNames = 12;

    /// <summary>The scene (or a visitor's picture request) in plain words.</summary>
    public required string Prompt { get; init; }
    public ArtStyle Style { get; init; } = ArtStyle.Storybook;
    /// <summary>Same request and seed give the same picture (offline: byte for byte; remote: as far as the model allows).</summary>
    public int Seed { get; init; }
    public int Width { get; init; } = 1920;
    public int Height { get; init; } = 1080;
    /// <summary>The story's genre ("Fantasy", "Ghost story"...): picks a setting when the text names none.</summary>
    public string? Genre { get; init; }
    /// <summary>A mood word ("cheerful", "tense", "mysterious"...): colours the picture.</summary>
    public string? Mood { get; init; }
    /// <summary>Who to draw ("Mira", "a red fox"...).</summary>
    public IReadOnlyList<string> Characters { get; init; } = [];
    /// <summary>Things to draw ("a silver compass", "the lantern"...).</summary>
    public IReadOnlyList<string> Objects { get; init; } = [];
    /// <summary>Animation frame for live canvases: 0 for a still; successive frames evolve smoothly (clouds drift, stars twinkle).</summary>
    public int Frame { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> with a message fit for staff logs and visitors alike.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Prompt)) throw new ArgumentException("A picture needs something to show: the prompt is empty.", nameof(Prompt));
        if (Prompt.Length > MaxPromptLength) throw new ArgumentException($"The picture prompt is too long ({Prompt.Length} characters; at most {MaxPromptLength}).", nameof(Prompt));
        if (Width is < MinSide or > MaxSide || Height is < MinSide or > MaxSide)
            throw new ArgumentException($"Pictures must be between {MinSide} and {MaxSide} pixels on each side, not {Width}x{Height}.", nameof(Width));
        if (!Enum.IsDefined(Style)) throw new ArgumentException($"Unknown art style {(int)Style}.", nameof(Style));
        if (Frame < 0) throw new ArgumentException("The animation frame cannot be negative.", nameof(Frame));
        if (Characters.Count > MaxNames || Objects.Count > MaxNames)
            throw new ArgumentException($"At most {MaxNames} characters and {MaxNames} objects can be drawn in one picture.", nameof(Characters));
        if (Characters.Any(string.IsNullOrWhiteSpace) || Objects.Any(string.IsNullOrWhiteSpace))
            throw new ArgumentException("Character and object names cannot be blank.", nameof(Characters));
    }

    /// <summary>The prompt a text-to-image model gets: the scene, its cast, the mood and the style's words.</summary>
    public string ToModelPrompt()
    {
        var parts = new List<string> { Prompt.Trim() };
        if (Characters.Count > 0) parts.Add("featuring " + string.Join(", ", Characters));
        if (Objects.Count > 0) parts.Add("with " + string.Join(", ", Objects));
        if (!string.IsNullOrWhiteSpace(Mood)) parts.Add(Mood.Trim() + " mood");
        if (!string.IsNullOrWhiteSpace(Genre)) parts.Add(Genre.Trim().ToLowerInvariant());
        parts.Add(Style.PromptSuffix());
        return string.Join(", ", parts);
    }
}

/// <summary>A finished picture: its bytes, their media type, and an alt text describing what is drawn.</summary>
public sealed record GeneratedImage(byte[] Bytes, string MediaType, string AltText, int Width, int Height);

/// <summary>One frame of a live stream, numbered from 1, stamped when it was made.</summary>
public sealed record LiveFrame(long Id, DateTimeOffset Timestamp, GeneratedImage Image);
