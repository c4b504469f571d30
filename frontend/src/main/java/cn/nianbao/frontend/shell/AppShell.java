package cn.nianbao.frontend.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around the application. Styles come as plain stylesheets (no custom frontend bundle, so Vaadin serves its
 * precompiled one and needs no Node): Lumo first, then ours.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/nianbao.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("年报通 · 政府信息公开工作年度报告分析");
        settings.addMetaTag("description", "政府信息公开工作年度报告分析");
    }
}
