using System.Text;

namespace BrandContent.Bench.Seed;

/// <summary>
/// Texts in each locale's own script for the search benchmark (bench/search.sh): sentences drawn from a small pool
/// per language, so common words (cồng chiêng, festival, 해바라기, ゴング, 向日葵) are in most stories, and one rare
/// term per language in about one story in a thousand. Title about 60 characters, summary 150, body 500: modest,
/// so that 100,000 stories x 6 locales seed in minutes on two cores.
/// </summary>
public static class SearchTexts
{
    public const int RareEvery = 1000;

    private static readonly Dictionary<string, (string[] Phrases, string Rare, string Separator)> Pools = new()
    {
        ["vi"] = (
        [
            "Mùa hoa dã quỳ nở vàng trên núi lửa Chư Đăng Ya", "tiếng cồng chiêng vang lên trong đêm hội buôn làng",
            "lễ hội mừng lúa mới của người Jrai và Bahnar", "chợ phiên nông sản bên Biển Hồ Pleiku",
            "đồi chè xanh và những rẫy cà phê trên đất bazan", "nhà rông giữa làng là nơi già làng kể chuyện",
            "du khách leo núi ngắm bình minh trên miệng núi lửa", "ẩm thực Tây Nguyên với cơm lam và gà nướng",
            "thác nước đổ trắng xóa giữa rừng đại ngàn", "điệu xoang mềm mại quanh đống lửa",
        ], "mãng cầu xiêm", " "),
        ["en"] = (
        [
            "Wild sunflowers bloom on the Chư Đăng Ya volcano", "gong music rings through the village at night",
            "the new rice festival of the Jrai and Bahnar people", "a farm produce market by Biển Hồ lake in Pleiku",
            "green tea hills and coffee farms on basalt soil", "the communal house where elders tell old stories",
            "hikers watch the sunrise from the crater rim", "highland food with bamboo rice and grilled chicken",
            "waterfalls thunder through the ancient forest", "dancers circle the bonfire during festivals",
        ], "kingfisher", " "),
        ["fr"] = (
        [
            "Les tournesols sauvages fleurissent sur le volcan Chư Đăng Ya", "le son des gongs résonne la nuit au village",
            "la fête du riz nouveau chez les Jrai et les Bahnar", "un marché de produits agricoles près du lac de Pleiku",
            "des collines de thé et des plantations de café", "la maison commune où les anciens racontent",
            "les randonneurs regardent le lever du soleil depuis l'hôtel du cratère", "la cuisine des hauts plateaux",
            "des cascades au cœur de la forêt", "les danseurs tournent autour du feu pendant les fêtes",
        ], "martin-pêcheur", " "),
        ["ko"] = (
        [
            "쯔당야 화산에 야생 해바라기가 피어납니다", "마을의 밤에 징과 공 소리가 울려 퍼집니다",
            "자라이족과 바나족의 햅쌀 축제", "플래이꾸 호숫가의 농산물 시장", "현무암 토양 위의 차밭과 커피 농장",
            "마을 원로들이 이야기를 들려주는 공동 가옥", "분화구에서 일출을 바라보는 등산객",
            "대나무 밥과 숯불 닭구이가 있는 고원 음식", "원시림 속으로 쏟아지는 폭포", "모닥불 주위를 도는 춤",
        ], "물총새", " "),
        ["ja"] = (
        [
            "チューダンヤー火山に野生のひまわりが咲く", "村の夜にゴングの音が響く", "ジャライ族とバナ族の新米の祭り",
            "プレイクの湖のほとりの農産物市場", "玄武岩の土地に広がる茶畑とコーヒー農園", "長老が昔話を語る集会所",
            "火口から日の出を眺めるハイカー", "竹筒ご飯と焼き鳥の高原料理", "原生林に落ちる滝", "焚き火を囲む踊り",
        ], "翡翠色のカワセミ", "、"),
        ["zh-Hans"] = (
        [
            "朱当亚火山上野生向日葵盛开", "村里的夜晚响起锣鼓声", "嘉莱族和巴拿族的新米节", "波来古湖边的农产品市场",
            "玄武岩土地上的茶园和咖啡园", "长老讲故事的公共长屋", "登山者在火山口看日出", "竹筒饭和烤鸡的高原美食",
            "原始森林中的瀑布", "围着篝火跳舞",
        ], "翠鸟", "，"),
    };

    /// <summary>Title, summary and body of story <paramref name="i"/> in <paramref name="locale"/>, the same on every run.</summary>
    public static (string Title, string Summary, string Body) For(string locale, int i)
    {
        var (phrases, rare, separator) = Pools[locale];
        var random = new Random(HashCode.Combine(i, locale.Length, locale[0]));
        var title = Cut($"{phrases[random.Next(phrases.Length)]} {i}", 60);
        var summary = Sentences(phrases, separator, random, 150);
        var body = Sentences(phrases, separator, random, 500);
        if (i % RareEvery == 7)
        {
            body = $"{rare}{separator}{body}";
        }

        return (title, summary, body);
    }

    private static string Sentences(string[] phrases, string separator, Random random, int length)
    {
        var text = new StringBuilder(length + 80);
        while (text.Length < length)
        {
            text.Append(phrases[random.Next(phrases.Length)]).Append(separator);
        }

        return Cut(text.ToString(), length);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
