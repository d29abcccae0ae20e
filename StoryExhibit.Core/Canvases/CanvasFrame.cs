namespace StoryExhibit.Core.Canvases;

/// <summary>
/// One picture on a canvas: either bytes kept in the hub's small in-memory ring (generated frames, served at
/// <c>/canvas/{slug}/frames/{id}</c>) or the address of a picture served elsewhere (a story's illustration).
/// </summary>
public sealed record CanvasFrame
{
    /// <summary>Unique within the process and across restarts (ids of generated frames start with the hub's server id).</summary>
    public required string Id { get; init; }
    /// <summary>When the frame was published: the time the screen's picture changed.</summary>
    public required DateTimeOffset ChangedAt { get; init; }
    public byte[]? Bytes { get; init; }
    /// <summary>Where the picture is served when it is not kept here as <see cref="Bytes"/>.</summary>
    public string? Url { get; init; }
    public required string MediaType { get; init; }
    public string AltText { get; init; } = "";

    /// <summary>The address a screen loads the picture from.</summary>
    public string UrlFor(string slug) => Url ?? $"/canvas/{slug}/frames/{Uri.EscapeDataString(Id)}";
}

/// <summary>What the staff page shows for one canvas: who is watching and how fast frames reach them.</summary>
public sealed record CanvasBoardStats(
    int Viewers,
    IReadOnlyList<double> ViewerFramesPerSecond,
    double PublishedFramesPerSecond,
    string? LatestFrameId,
    DateTimeOffset? LatestChangedAt)
{
    public static readonly CanvasBoardStats Empty = new(0, [], 0, null, null);
    public double? SlowestViewerFramesPerSecond => ViewerFramesPerSecond.Count == 0 ? null : ViewerFramesPerSecond.Min();
    public double? MeanViewerFramesPerSecond => ViewerFramesPerSecond.Count == 0 ? null : ViewerFramesPerSecond.Average();
}
