package com.marketinghub.security;

import com.marketinghub.process.FormFields;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import com.marketinghub.process.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The deployed Camunda Forms of tasks and start events, read as the system: what a form asks
 * for does not depend on who asks, and a refusal of forged variables must not depend on whether
 * the caller may read the task (the engine still answers 403 to one who may not work on it).
 * A task or start event without a Camunda Form asks for nothing.
 */
class EngineForms implements SubmissionPolicy.Forms {

  private static final Logger log = LoggerFactory.getLogger(EngineForms.class);
  private static final String CAMUNDA_FORMS = "camunda-forms:";

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final FormService formService;

  EngineForms(IdentityService identityService, TaskService taskService,
      RepositoryService repositoryService, FormService formService) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.formService = formService;
  }

  @Override
  public Optional<FormFields> ofTask(String taskId) {
    return asSystem(() -> {
      if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
        return Optional.empty();
      }
      return Optional.of(read("task " + taskId, () -> formService.getTaskFormData(taskId),
          () -> formService.getDeployedTaskForm(taskId)));
    });
  }

  @Override
  public Optional<FormFields> ofStart(String definitionId, String key, String tenantId) {
    return asSystem(() -> {
      ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
      if (definitionId != null) {
        query.processDefinitionId(definitionId);
      } else {
        query.processDefinitionKey(key).latestVersion();
        if (tenantId != null) {
          query.tenantIdIn(tenantId);
        }
      }
      List<ProcessDefinition> definitions = query.list();
      if (definitions.isEmpty()) {
        return Optional.empty();
      }
      if (definitions.size() > 1) {
        return Optional.of(FormFields.none()); // ambiguous: the engine refuses the start too
      }
      String id = definitions.get(0).getId();
      return Optional.of(read("process definition " + id, () -> formService.getStartFormData(id),
          () -> formService.getDeployedStartForm(id)));
    });
  }

  private static FormFields read(String what, Supplier<FormData> data,
      Supplier<InputStream> deployed) {
    try {
      FormData form = data.get();
      boolean camundaForm = form != null && (form.getCamundaFormRef() != null
          || (form.getFormKey() != null && form.getFormKey().startsWith(CAMUNDA_FORMS)));
      if (!camundaForm) {
        return FormFields.none();
      }
      try (InputStream json = deployed.get()) {
        return FormFields.read(json);
      }
    } catch (ProcessEngineException | IOException e) {
      // Asks for nothing it cannot show: every variable is refused, and the reason logged.
      log.warn("No readable Camunda Form for {}: {}", what, e.getMessage());
      return FormFields.none();
    }
  }

  private <T> T asSystem(Supplier<T> work) {
    return AsApplication.call(identityService, work);
  }
}
