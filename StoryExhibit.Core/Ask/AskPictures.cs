using System.Collections.Concurrent;
using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Ask;

/// <summary>
/// Pictures painted in chats, kept in memory for the browser to fetch by id (the newest <see cref="Capacity"/>; an older
/// one is gone, as a chat's pictures are only for the visit).
/// </summary>
public sealed class AskPictures
{
    public const int Capacity = 64;
    private readonly ConcurrentDictionary<Guid, GeneratedImage> _pictures = new();
    private readonly ConcurrentQueue<Guid> _order = new();

    public AskPicture Add(GeneratedImage image)
    {
        var id = Guid.NewGuid();
        _pictures[id] = image;
        _order.Enqueue(id);
        while (_order.Count > Capacity && _order.TryDequeue(out var oldest)) _pictures.TryRemove(oldest, out _);
        return new AskPicture(id, image.AltText, image.MediaType);
    }

    public GeneratedImage? Find(Guid id) => _pictures.GetValueOrDefault(id);
}
