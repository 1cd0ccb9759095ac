/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.curriculum.model;

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

} // KnowledgeModule
