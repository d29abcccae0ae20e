namespace StoryExhibit.Core.Generation.Songs.Lyrics;

/// <summary>A song's words: verses and a chorus sung after each verse.</summary>
public sealed record SongLyrics(string Title, SongKind Kind, IReadOnlyList<IReadOnlyList<string>> Verses, IReadOnlyList<string> Chorus)
{
    /// <summary>Every line in the order it is sung: verse, chorus, verse, chorus…</summary>
    public IEnumerable<string> SungLines => Verses.SelectMany(v => v.Concat(Chorus));

    /// <summary>The words as shown to the visitor: stanzas separated by a blank line, the chorus once after the first verse and marked.</summary>
    public string Text
    {
        get
        {
            var stanzas = new List<string>();
            for (var i = 0; i < Verses.Count; i++)
            {
                stanzas.Add(string.Join('\n', Verses[i]));
                stanzas.Add((i == 0 ? "Chorus:\n" : "(Chorus)") + (i == 0 ? string.Join('\n', Chorus) : ""));
            }
            return string.Join("\n\n", stanzas);
        }
    }
}
