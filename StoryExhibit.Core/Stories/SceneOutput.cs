namespace StoryExhibit.Core.Stories;

/// <summary>A storyteller's answer for one scene, read from its text.</summary>
/// <param name="Prose">The scene's prose, paragraphs separated by blank lines; never contains choices.</param>
/// <param name="Choices">2 or 3 distinct continuations; empty when the story ended.</param>
/// <param name="IsEnding">True when the storyteller ended the story here.</param>
/// <param name="Repaired">True when the text did not follow <see cref="SceneFormat"/> and choices were made up or cleaned.</param>
public sealed record SceneOutput(string Prose, IReadOnlyList<string> Choices, bool IsEnding, bool Repaired);
