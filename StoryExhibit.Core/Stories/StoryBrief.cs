using System.Text.Json;
using System.Text.Json.Serialization;

namespace StoryExhibit.Core.Stories;

/// <summary>
/// What the storyteller needs to write one scene: the seed, where in the arc the scene falls and the
/// choices taken to reach it. It travels inside the prompt as a JSON block between
/// <see cref="OpenTag"/> and <see cref="CloseTag"/>, readable by a language model and parsed back by
/// the offline storyteller, so both providers answer exactly the same request.
/// </summary>
public sealed record StoryBrief
{
    public const string OpenTag = "<story-brief>";
    public const string CloseTag = "</story-brief>";

    public required StorySeed Seed { get; init; }
    /// <summary>1-based number of the scene to write.</summary>
    public required int SceneNumber { get; init; }
    /// <summary>The choice texts taken so far, oldest first; one per scene already written.</summary>
    public IReadOnlyList<string> Path { get; init; } = [];
    /// <summary>True when this scene must end the story.</summary>
    public bool FinalScene { get; init; }
    /// <summary>Bumped on "regenerate" so the same position can be written differently.</summary>
    public int Variant { get; init; }
    /// <summary>Words of prose the scene aims at; null for the audience's usual length.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? SceneWords { get; init; }
    /// <summary>A firmer word on the story's limits, when an earlier attempt at this scene went beyond its rating.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ContentReminder { get; init; }

    /// <summary>
    /// The saved beginning of this scene, when a scene cut short is carried on: the storyteller continues it from exactly
    /// where it stops, without repeating it, then offers the choices.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SoFar { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public string ToPromptBlock() => $"{OpenTag}{JsonSerializer.Serialize(this, Json)}{CloseTag}";

    /// <summary>Finds and reads the brief block in a prompt; null when there is none or it is unreadable.</summary>
    public static StoryBrief? FindIn(string text)
    {
        var start = text.IndexOf(OpenTag, StringComparison.Ordinal);
        if (start < 0) return null;
        start += OpenTag.Length;
        var end = text.IndexOf(CloseTag, start, StringComparison.Ordinal);
        if (end < 0) return null;
        try { return JsonSerializer.Deserialize<StoryBrief>(text.AsSpan(start, end - start), Json); }
        catch (JsonException) { return null; }
    }
}
