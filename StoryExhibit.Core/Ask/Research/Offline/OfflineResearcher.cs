using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Ask.Research.WordNet;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Ask.Research.Offline;

/// <summary>
/// The offline researcher: WordNet opened on first use (from <see cref="ResearchOptions.WordNetFolder"/>), questions
/// answered from it, or honestly declined. When the files are missing it says so once in the log and declines kindly.
/// </summary>
public sealed class OfflineResearcher : IDisposable
{
    private readonly Lazy<WordNetDatabase?> _wordNet;

    public OfflineResearcher(IOptions<ResearchOptions> options, ILogger<OfflineResearcher> log)
    {
        var folder = options.Value.WordNetFolder;
        _wordNet = new Lazy<WordNetDatabase?>(() =>
        {
            var db = WordNetDatabase.Open(folder);
            if (db is null)
                log.LogWarning("WordNet's database files are not in {Folder}: research questions are answered only when a text provider is connected. Install the wordnet-base package", folder);
            return db;
        });
    }

    /// <summary>Whether WordNet's files were found (opens it if not yet open).</summary>
    public bool HasDictionary => _wordNet.Value is not null;

    public OfflineAnswer Answer(ResearchQuestion question)
    {
        if (_wordNet.Value is not { } wordNet)
            return new OfflineAnswer(OfflineAnswerKind.NoDictionary, [DictionaryAnswers.Connected(question.Audience)]);
        return new DictionaryAnswers(wordNet).Answer(QuestionReader.Read(question.Text), question.Audience);
    }

    public void Dispose()
    {
        if (_wordNet.IsValueCreated) _wordNet.Value?.Dispose();
    }
}
