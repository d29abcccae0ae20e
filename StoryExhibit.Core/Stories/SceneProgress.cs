namespace StoryExhibit.Core.Stories;

/// <summary>A snapshot of a scene being written: the prose so far, then the finished scene.</summary>
/// <param name="Scene">The scene; once <paramref name="Finished"/> it holds the saved prose, choices and state.</param>
/// <param name="Prose">The prose written so far (choices not yet shown while streaming).</param>
/// <param name="Finished">True for the last snapshot of a scene.</param>
public sealed record SceneProgress(Scene Scene, string Prose, bool Finished);
