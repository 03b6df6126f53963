#include "Names.h"

#include <QHash>

namespace yiping::gen::names {

namespace {

struct Weighted
{
    const char *text;
    double weight;
};

// National frequency order, with the surnames common in Putian weighted up.
const Weighted kSurnames[] = {
    {"陈", 10.0}, {"林", 9.0}, {"黄", 6.0}, {"吴", 4.5}, {"郑", 4.5}, {"李", 4.0}, {"王", 3.5},
    {"张", 3.0},  {"刘", 2.5}, {"蔡", 2.5}, {"许", 2.0}, {"杨", 1.8}, {"方", 1.8}, {"朱", 1.5},
    {"周", 1.5},  {"徐", 1.2}, {"翁", 1.2}, {"余", 1.2}, {"卓", 1.0}, {"洪", 1.0}, {"何", 1.0},
    {"傅", 1.0},  {"苏", 0.9}, {"郭", 0.8}, {"赵", 0.8}, {"肖", 0.8}, {"江", 0.8}, {"谢", 0.8},
    {"宋", 0.7},  {"曾", 0.7}, {"游", 0.7}, {"柯", 0.6}, {"姚", 0.6}, {"魏", 0.6}, {"彭", 0.5},
    {"关", 0.3},  {"薛", 0.4}, {"严", 0.4}, {"孙", 0.5}, {"马", 0.4}, {"高", 0.5}, {"罗", 0.4},
};

const char *const kMaleChars[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
    "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "洋",
    "志", "建", "国", "文", "金", "荣", "德", "福", "清", "海", "春", "永", "忠", "新", "铭",
    "坤", "榕", "晨", "锋", "振", "东", "嘉", "泽", "峰", "昌", "炳", "焕", "添", "水", "玉"};

const char *const kFemaleChars[] = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕", "红", "梅", "婷", "雪",
    "琳", "慧", "颖", "洁", "晶", "佳", "倩", "琴", "兰", "凤", "莉", "萍", "月", "欣", "怡",
    "雅", "婧", "珍", "英", "美", "惠", "淑", "桂", "娇", "妹", "琼", "彤", "涵", "思", "雯"};

const char *const kPlaceFirst[] = {
    "东", "西", "南", "北", "新", "后", "前", "上", "下", "中", "大", "小", "青", "石", "龙",
    "凤", "梅", "荔", "桥", "霞", "瑶", "塘", "溪", "山", "田", "湖", "洋", "坑", "港", "亭",
    "林", "园", "兴", "安", "和", "福", "寿", "泰", "华", "宁", "秀", "兰", "枫", "沁", "延"};

const char *const kPlaceSecond[] = {"厝", "埔", "洋", "坂", "墩", "头", "林", "溪", "山", "桥",
                                    "亭", "湖", "尾", "垞", "沟", "园", "庄", "塘", "岭", "阳",
                                    "浦", "前", "后", "坑", "兜", "里", "田", "城", "门", "港"};

const char *const kRealRoads[] = {
    "胜利路",   "文献路",   "荔城大道", "学园路", "梅园路",     "东园路", "八二一街", "天妃路",
    "城港大道", "荔园路",   "九华路",   "延寿街", "拱辰路",     "镇海路", "霞林路",   "龙桥路",
    "涵华路",   "兴化大道", "木兰大道", "鲤城路", "八二一大道", "紫霄路"};

const char *const kRoadSuffix[] = {"路", "街", "大道", "巷"};

const char *const kIndustries[] = {"鞋业",     "工艺品", "木雕",     "贸易", "建材", "电子",
                                   "食品",     "物流",   "医疗器械", "科技", "餐饮", "房地产开发",
                                   "金银首饰", "纺织",   "机械",     "水产", "茶业", "建筑工程"};

QByteArray pick(Random &rng, const char *const *items, int count)
{
    return QByteArray(items[rng.below(count)]);
}

template<int N> QByteArray pick(Random &rng, const char *const (&items)[N])
{
    return pick(rng, items, N);
}

} // namespace

const QList<QByteArray> orgKinds = {"enterprise",          "enterprise",
                                    "enterprise",          "enterprise",
                                    "social_organization", "private_non_enterprise",
                                    "public_institution"};

QByteArray person(Random &rng, bool male)
{
    static const QList<double> weights = [] {
        QList<double> w;
        for (const Weighted &s : kSurnames)
            w.append(s.weight);
        return w;
    }();
    QByteArray name(kSurnames[rng.weighted(weights.constData(), int(weights.size()))].text);
    const int given = rng.chance(0.72) ? 2 : 1;
    for (int i = 0; i < given; ++i)
        name += male ? pick(rng, kMaleChars) : pick(rng, kFemaleChars);
    return name;
}

QList<QByteArray> realTowns(const QByteArray &districtCode)
{
    // Streets (街道) first: they take the cells nearest the district's urban core.
    static const QHash<QByteArray, QList<QByteArray>> towns = {
        {"350302", {"龙桥街道", "凤凰山街道", "霞林街道", "华亭镇", "灵川镇", "东海镇", "常太镇"}},
        {"350303",
         {"涵东街道", "涵西街道", "江口镇", "梧塘镇", "三江口镇", "白塘镇", "国欢镇", "萩芦镇",
          "白沙镇", "庄边镇", "新县镇", "大洋乡"}},
        {"350304", {"拱辰街道", "镇海街道", "西天尾镇", "黄石镇", "新度镇", "北高镇"}},
        {"350305",
         {"笏石镇", "东庄镇", "忠门镇", "东峤镇", "埭头镇", "平海镇", "山亭镇", "月塘镇", "南日镇",
          "湄洲镇"}},
        {"350322",
         {"鲤城街道", "鲤南镇", "榜头镇", "枫亭镇", "郊尾镇", "度尾镇", "盖尾镇", "赖店镇",
          "园庄镇", "大济镇", "龙华镇", "钟山镇", "游洋镇", "西苑乡", "社硎乡", "书峰乡", "菜溪乡",
          "石苍乡", "象溪乡"}},
    };
    return towns.value(districtCode);
}

QByteArray syntheticTown(Random &rng, bool street)
{
    return placeWord(rng) + (street ? "街道" : "镇");
}

QByteArray placeWord(Random &rng)
{
    return pick(rng, kPlaceFirst) + pick(rng, kPlaceSecond);
}

QByteArray road(Random &rng)
{
    if (rng.chance(0.35))
        return pick(rng, kRealRoads);
    return placeWord(rng) + QByteArray(kRoadSuffix[rng.weighted({5.0, 3.0, 1.0, 1.0})]);
}

QByteArray shortTown(const QByteArray &town)
{
    for (const char *suffix : {"街道", "镇", "乡"})
        if (town.endsWith(suffix))
            return town.left(town.size() - qsizetype(qstrlen(suffix)));
    return town;
}

QByteArray orgName(Random &rng, const QByteArray &kind)
{
    const QByteArray place = placeWord(rng);
    if (kind == "social_organization")
        return "莆田市" + place + QByteArray(rng.chance(0.5) ? "商会" : "志愿者协会");
    if (kind == "private_non_enterprise")
        return "莆田市" + place + QByteArray(rng.chance(0.5) ? "社会工作服务中心" : "培训学校");
    if (kind == "public_institution")
        return "莆田市" + place + QByteArray(rng.chance(0.5) ? "社区服务中心" : "水利工作站");
    return "莆田市" + place + pick(rng, kIndustries) + "有限公司";
}

} // namespace yiping::gen::names
