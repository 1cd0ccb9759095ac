/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

import java.util.Map;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.curriculum.model.KnowledgeModule#getTopics <em>Topics</em>}</li>
 * </ul>
 *
 * @see org.curriculum.model.CurriculumPackage#getKnowledgeModule()
 * @model
 * @generated
 */
public interface KnowledgeModule extends CurriculumComponent {
	/**
	 * Returns the value of the '<em><b>Topics</b></em>' containment reference list.
	 * The list contents are of type {@link org.curriculum.model.KnowledgeTopic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' containment reference list.
	 * @see org.curriculum.model.CurriculumPackage#getKnowledgeModule_Topics()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnowledgeTopic> getTopics();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When any topic has a weighting, the weightings of the module's topics add up to 100%.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validateTopicWeightings(DiagnosticChain diagnostics, Map<Object, Object> context);

} // KnowledgeModule
