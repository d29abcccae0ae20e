namespace StoryExhibit.Core.Video;

/// <summary>What a story video shows, before any timing: the title, its scenes in reading order and the credits.</summary>
public sealed record VideoPlan(string Title, IReadOnlyList<VideoScene> Scenes, string Credits);

/// <summary>One scene: its picture (a raster file, or null for a plain card) and its narration, sentence by sentence.</summary>
public sealed record VideoScene(int Number, string? PicturePath, IReadOnlyList<VideoSentence> Sentences);

/// <summary>A sentence with its narrated audio (null when silent) and how long it lasts.</summary>
public sealed record VideoSentence(string Text, string? AudioPath, double Seconds);

/// <summary>A caption: text shown from <see cref="Start"/> to <see cref="End"/>, in seconds.</summary>
public sealed record Caption(string Text, double Start, double End);
