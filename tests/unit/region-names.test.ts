import { describe, expect, it } from "vitest";
import { cityList, cityName, industryName, provinceName } from "../../app/school/region-names";
import { INDUSTRIES, REGIONS } from "../../app/school/regions";
import { filterLabel } from "../../app/postings/query";

const latin = /^[A-Za-z][A-Za-z '&-]*$/;

describe("places and industries in English", () => {
  it("names every province, city and industry of the lists in English, and keeps Chinese for Chinese readers", () => {
    for (const [province, cities] of Object.entries(REGIONS)) {
      expect(provinceName("en", province), province).toMatch(latin);
      expect(provinceName("zh-CN", province)).toBe(province);
      for (const city of cities) {
        expect(cityName("en", city), city).toMatch(latin);
        expect(cityName("zh-CN", city)).toBe(city);
      }
    }
    for (const industry of INDUSTRIES) {
      expect(industryName("en", industry), industry).toMatch(latin);
      expect(industryName("zh-CN", industry)).toBe(industry);
    }
  });

  it("shows the names a reader of English expects", () => {
    expect(cityName("en", "杭州")).toBe("Hangzhou");
    expect(cityName("en", "西安")).toBe("Xi'an");
    expect(provinceName("en", "内蒙古自治区")).toBe("Inner Mongolia");
    expect(industryName("en", "互联网/IT")).toBe("Internet & IT");
    expect(cityList("en", ["杭州", "上海"])).toBe("Hangzhou, Shanghai");
    expect(cityList("zh-CN", ["杭州", "上海"])).toBe("杭州、上海");
  });

  it("shows a value with no English name as it is stored", () => {
    expect(cityName("en", "香格里拉")).toBe("香格里拉");
    expect(industryName("en", "航天")).toBe("航天");
  });

  it("translates the filters offered for removal after an empty search", () => {
    expect(filterLabel("en", "city", "南京")).toBe("City: Nanjing");
    expect(filterLabel("en", "province", "江苏省")).toBe("Province: Jiangsu");
    expect(filterLabel("en", "industry", "金融/银行")).toBe("Industry: Finance & banking");
    expect(filterLabel("zh-CN", "city", "南京")).toBe("城市：南京");
  });
});
